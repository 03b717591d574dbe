import type { Access, CollectionConfig } from 'payload'

import { editorsAndAdmins } from '@/access/editorsAndAdmins'
import { nobody } from '@/access/nobody'
import { isEditorOrAdmin, isMarketer } from '@/access/roles'

import { slugs } from '../slugs'
import { queueAlertEmails } from './hooks/queueAlertEmails'

/** Editors see every alert; a marketer sees the alerts on their own clinics' posts. */
const readAlerts: Access = ({ req }) => {
  if (isEditorOrAdmin(req.user)) return true
  if (!req.user || !isMarketer(req.user)) return false
  const clinics = ((req.user as { clinics?: { clinic: unknown }[] | null }).clinics ?? []).map(({ clinic }) =>
    clinic && typeof clinic === 'object' && 'id' in clinic ? clinic.id : clinic,
  )
  return { clinic: { in: clinics } }
}

/**
 * Things an editor must look at on published posts, raised by the system: a retracted reference, or a quoted claim
 * that expired, was reworded or left the library. Only the resolution is written by people.
 */
export const ReviewAlerts: CollectionConfig = {
  slug: slugs.reviewAlerts,
  labels: { plural: 'Review alerts', singular: 'Review alert' },
  graphQL: { pluralName: 'ReviewAlerts', singularName: 'ReviewAlert' },
  access: {
    create: nobody,
    delete: nobody,
    read: readAlerts,
    readVersions: nobody,
    unlock: editorsAndAdmins,
    update: editorsAndAdmins,
  },
  admin: {
    defaultColumns: ['post', 'reason', 'resolvedAt', 'createdAt'],
    group: 'Review',
    useAsTitle: 'reason',
  },
  disableDuplicate: true,
  hooks: { afterChange: [queueAlertEmails] },
  fields: [
    {
      name: 'post',
      type: 'relationship',
      relationTo: slugs.posts,
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    { name: 'clinic', type: 'relationship', relationTo: slugs.clinics, index: true, admin: { readOnly: true } },
    { name: 'reason', type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'reference', type: 'relationship', relationTo: slugs.references, admin: { readOnly: true } },
    { name: 'claim', type: 'relationship', relationTo: slugs.claims, index: true, admin: { readOnly: true } },
    {
      type: 'collapsible',
      label: 'Resolution',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'resolvedAt', type: 'date', index: true },
        { name: 'resolvedBy', type: 'relationship', relationTo: slugs.users },
        { name: 'resolutionNote', type: 'textarea' },
      ],
    },
  ],
}

import type { CollectionConfig } from 'payload'

import { editorsAndAdmins } from '@/access/editorsAndAdmins'
import { editorsOrOwnClinics } from '@/access/editorsOrOwnClinics'
import { nobody } from '@/access/nobody'

import { slugs } from '../slugs'
import { queueAlertEmails } from './hooks/queueAlertEmails'
import { reviewAlertKinds } from './options'

/**
 * Things an editor and the clinic must look at on a post, raised by the system: on a published post, a retracted
 * reference or a quoted claim that expired, was reworded or left the library; on any post, a scheduled publish that
 * did not go out. Only the resolution is written by people.
 */
export const ReviewAlerts: CollectionConfig = {
  slug: slugs.reviewAlerts,
  labels: { plural: 'Review alerts', singular: 'Review alert' },
  graphQL: { pluralName: 'ReviewAlerts', singularName: 'ReviewAlert' },
  access: {
    create: nobody,
    delete: nobody,
    // Editors see every alert; a marketer sees the alerts on their own clinics' posts.
    read: editorsOrOwnClinics(),
    readVersions: nobody,
    unlock: editorsAndAdmins,
    update: editorsAndAdmins,
  },
  admin: {
    defaultColumns: ['post', 'kind', 'reason', 'resolvedAt', 'createdAt'],
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
    { name: 'kind', type: 'select', index: true, options: reviewAlertKinds, admin: { readOnly: true } },
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

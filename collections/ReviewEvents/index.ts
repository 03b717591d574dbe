import type { CollectionConfig } from 'payload'

import { editorsOrOwnClinics } from '@/access/editorsOrOwnClinics'
import { nobody } from '@/access/nobody'

import { slugs } from '../slugs'
import { refuseChange } from './hooks/refuseChange'
import { refuseDelete } from './hooks/refuseDelete'
import { reviewActions } from './options'

/**
 * The append-only audit log of the medical review. No API may create, edit or delete an event: the
 * workflow writes them from server code, and the hooks below refuse edits and deletes even there.
 */
export const ReviewEvents: CollectionConfig = {
  slug: slugs.reviewEvents,
  labels: { plural: 'Review events', singular: 'Review event' },
  graphQL: { pluralName: 'ReviewEvents', singularName: 'ReviewEvent' },
  access: {
    create: nobody,
    delete: nobody,
    // A clinic's marketers read the history of their own posts, notes included: it is where an editor's request
    // for changes reaches them, and their replies are part of it. Claims and references are the editors' own.
    read: editorsOrOwnClinics({ documentCollection: { equals: 'posts' } }),
    readVersions: nobody,
    unlock: nobody,
    update: nobody,
  },
  admin: {
    defaultColumns: ['createdAt', 'action', 'actor', 'documentTitle', 'note'],
    description: 'Who did what to which document, and when. Nothing here can be changed.',
    group: 'Review',
    useAsTitle: 'documentTitle',
  },
  disableDuplicate: true,
  hooks: {
    beforeChange: [refuseChange],
    beforeDelete: [refuseDelete],
  },
  lockDocuments: false,
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: reviewActions },
    { name: 'actor', type: 'relationship', relationTo: slugs.users, index: true },
    { name: 'documentCollection', type: 'text', required: true, index: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'documentTitle', type: 'text' },
    { name: 'clinic', type: 'relationship', relationTo: slugs.clinics, index: true },
    { name: 'contentHash', type: 'text' },
    { name: 'note', type: 'textarea' },
    {
      type: 'row',
      fields: [
        {
          name: 'sentenceKey',
          type: 'text',
          admin: { description: 'The flagged sentence a note is about, as the scanner keys it.' },
        },
        { name: 'sentence', type: 'textarea', admin: { description: 'That sentence as it read then.' } },
      ],
    },
  ],
}

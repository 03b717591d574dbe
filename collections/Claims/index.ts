import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { editorsAndAdmins } from '@/access/editorsAndAdmins'
import { editorsAndAdminsField } from '@/access/editorsAndAdminsField'
import { editorsOrOwnProposal } from '@/access/editorsOrOwnProposal'
import { signedIn } from '@/access/signedIn'
import { trashOnlyUnlessAdmin } from '@/access/trashOnlyUnlessAdmin'
import { proposedBy } from '@/fields/proposedBy'
import { requiredState } from '@/fields/requiredState'

import { slugs } from '../slugs'
import { enforceClaimReview } from './hooks/enforceClaimReview'
import { recordClaimEvents } from './hooks/recordClaimEvents'
import { claimStatuses, openClaimStatuses } from './options'

/**
 * The network's library of approved statements, as in a pharma claims library: a marketer proposes
 * wording, a medical editor approves it against vetted references, and posts quote it.
 */
export const Claims: CollectionConfig = {
  slug: slugs.claims,
  labels: { plural: 'Claims', singular: 'Claim' },
  graphQL: { pluralName: 'Claims', singularName: 'Claim' },
  access: {
    create: signedIn,
    delete: trashOnlyUnlessAdmin(adminOnly),
    read: signedIn,
    readVersions: editorsAndAdmins,
    unlock: editorsAndAdmins,
    update: editorsOrOwnProposal({ field: 'status', openStates: openClaimStatuses }),
  },
  admin: {
    defaultColumns: ['statement', 'status', 'reReviewBy', 'updatedAt'],
    description: 'Statements editors have checked against the evidence. Posts quote them instead of rewording them.',
    group: 'Library',
    // Titled by the line its pickers show (src/plugins/libraryPickers).
  },
  hooks: {
    afterChange: [recordClaimEvents],
    beforeChange: [enforceClaimReview],
  },
  trash: true,
  versions: { maxPerDoc: 0 },
  fields: [
    {
      name: 'statement',
      type: 'textarea',
      required: true,
      maxLength: 600,
      admin: { description: 'One sentence, as it should appear in articles.' },
    },
    { name: 'topics', type: 'relationship', relationTo: slugs.topics, hasMany: true },
    {
      name: 'supportingReferences',
      type: 'relationship',
      relationTo: slugs.references,
      hasMany: true,
      admin: { description: 'At least one vetted reference. News alone cannot support an efficacy or safety claim.' },
    },
    {
      type: 'collapsible',
      label: 'Review',
      admin: { position: 'sidebar' },
      fields: [
        requiredState({
          name: 'status',
          access: { create: editorsAndAdminsField, update: editorsAndAdminsField },
          defaultValue: 'pending',
          index: true,
          label: 'Status',
          options: claimStatuses,
        }),
        {
          name: 'reviewer',
          type: 'relationship',
          relationTo: slugs.users,
          access: { create: editorsAndAdminsField, update: editorsAndAdminsField },
          admin: { readOnly: true },
        },
        {
          name: 'reviewedAt',
          type: 'date',
          access: { create: editorsAndAdminsField, update: editorsAndAdminsField },
          admin: { readOnly: true },
        },
        {
          name: 'reviewNote',
          type: 'textarea',
          access: { create: editorsAndAdminsField, update: editorsAndAdminsField },
        },
        {
          name: 'reReviewBy',
          type: 'date',
          label: 'Re-review by',
          access: { create: editorsAndAdminsField, update: editorsAndAdminsField },
          admin: { description: 'After this date the claim can no longer be published until re-approved.' },
        },
        proposedBy(),
      ],
    },
    {
      name: 'usedIn',
      type: 'join',
      collection: slugs.posts,
      on: 'claimsUsed',
      label: 'Where used',
      admin: { description: 'Posts, in every clinic you can see, that quote this claim.' },
    },
  ],
}

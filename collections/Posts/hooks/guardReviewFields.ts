import type { CollectionBeforeChangeHook } from 'payload'

import type { Post } from '@/payload-types'

import { reviewToken } from '@/requestContext'
import { emptySignOff } from '@/workflow/emptySignOff'

/**
 * Fields only the review workflow writes, the sign-off (and so the reviewer a site shows), the assignment and the
 * scheduled publish (which the job carries out as the user it names) among them. Sent by anyone else (REST,
 * GraphQL, admin, a duplicate, a restore), they are put back.
 */
const reviewFields = [
  'assignedEditor',
  'contributors',
  'lastReviewedAt',
  'nextReviewDue',
  'scheduledBy',
  'scheduledPublishAt',
  'signOff',
  'waivers',
  'workflowState',
] as const

const untouched: Pick<Post, (typeof reviewFields)[number]> = {
  assignedEditor: null,
  contributors: [],
  lastReviewedAt: null,
  nextReviewDue: null,
  scheduledBy: null,
  scheduledPublishAt: null,
  signOff: emptySignOff,
  waivers: [],
  workflowState: 'draft',
}

export const guardReviewFields: CollectionBeforeChangeHook<Post> = ({ context, data, operation, originalDoc }) => {
  if (context[reviewToken]) return data
  const kept = Object.fromEntries(
    reviewFields.map((field) => [
      field,
      operation === 'create' || !originalDoc ? untouched[field] : (originalDoc[field] ?? untouched[field]),
    ]),
  )
  return { ...data, ...kept }
}

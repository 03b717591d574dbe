import type { CollectionAfterChangeHook } from 'payload'

import type { Claim } from '@/payload-types'

import { recordReviewEvent } from '@/workflow/recordReviewEvent'

const actionByStatus = {
  approved: 'approve',
  needs_rereview: 'needs_rereview',
  rejected: 'reject',
  retired: 'retire',
} as const

/** Logs every approval, rejection, retirement, rewording (back to review), expiry and forced re-review of a claim. */
export const recordClaimEvents: CollectionAfterChangeHook<Claim> = async ({ context, doc, previousDoc, req }) => {
  if (previousDoc?.status === doc.status) return doc
  const isReworded = previousDoc?.status === 'approved' && doc.status === 'pending'
  const action = isReworded
    ? 'reword'
    : doc.status === 'needs_rereview' && context.vettedClaimExpired
      ? 'expire'
      : actionByStatus[doc.status as keyof typeof actionByStatus]
  if (!action) return doc
  await recordReviewEvent({
    action,
    document: { collection: 'claims', id: String(doc.id), title: doc.statement },
    note: action === 'reword' ? `Previously approved as “${previousDoc?.statement}”.` : doc.reviewNote,
    req,
  })
  return doc
}

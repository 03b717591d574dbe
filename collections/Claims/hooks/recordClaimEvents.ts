import type { CollectionAfterChangeHook } from 'payload'

import type { Claim } from '../../../src/payload-types'

const actionByStatus = { approved: 'approve', rejected: 'reject', retired: 'retire' } as const

/** Logs every approval, rejection and retirement of a claim in the audit log. */
export const recordClaimEvents: CollectionAfterChangeHook<Claim> = async ({ doc, previousDoc, req }) => {
  const status = doc.status as keyof typeof actionByStatus
  if (!(status in actionByStatus) || previousDoc?.status === doc.status) return doc
  await req.payload.create({
    collection: 'review-events',
    data: {
      action: actionByStatus[status],
      actor: req.user?.id ?? null,
      documentCollection: 'claims',
      documentId: String(doc.id),
      documentTitle: doc.statement.slice(0, 200),
      note: doc.reviewNote,
    },
    // No API may write the audit log; the library writes it here, in the same transaction as the change.
    overrideAccess: true,
    req,
  })
  return doc
}

// The one answer to "may this library claim be shown and published now?": approved, not in the trash, with
// wording, and not past its re-review date. The publish gate, the renderer, delivery and the expiry job all ask
// here, the job through the same rule written as queries.
import type { Where } from 'payload'

import type { Claim } from '@/payload-types'

export type ClaimProblem = 'expired' | 'missing' | 'not-approved'

export type UsableClaimFields = Partial<Pick<Claim, 'deletedAt' | 'reReviewBy' | 'statement' | 'status'>>

export const claimProblemOf = (claim: null | UsableClaimFields | undefined, now: Date): ClaimProblem | null => {
  if (!claim || claim.deletedAt || !claim.statement?.trim()) return 'missing'
  if (claim.status !== 'approved') return 'not-approved'
  if (claim.reReviewBy && new Date(claim.reReviewBy).getTime() <= now.getTime()) return 'expired'
  return null
}

export const isClaimUsable = (claim: null | UsableClaimFields | undefined, now: Date): boolean =>
  claimProblemOf(claim, now) === null

/** The same rule as a query: claims that may be shown now (out of the trash unless `trash: true` is asked). */
export const usableClaimsWhere = (now: Date): Where => ({
  and: [
    { status: { equals: 'approved' } },
    { or: [{ reReviewBy: { exists: false } }, { reReviewBy: { greater_than: now.toISOString() } }] },
  ],
})

/** The same rule as a query (with `trash: true`): claims that cannot be shown now, for the expiry job. */
export const unusableClaimsWhere = (now: Date): Where => ({
  or: [
    { deletedAt: { exists: true } },
    { status: { not_equals: 'approved' } },
    { reReviewBy: { less_than_equal: now.toISOString() } },
  ],
})

/** Approved claims whose re-review date has come: the expiry job sends them to re-review. */
export const expiredApprovedClaimsWhere = (now: Date): Where => ({
  and: [{ status: { equals: 'approved' } }, { reReviewBy: { less_than_equal: now.toISOString() } }],
})

// The one answer to "may this library claim be shown and published now?": approved, not in the trash, with
// wording, and not past its re-review date. The publish gate, the renderer and the expiry job all ask here.
import type { Claim } from '../payload-types'

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

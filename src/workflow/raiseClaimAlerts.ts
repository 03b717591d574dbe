// What a claim leaving the approved library means for live posts. Approved claims past their re-review date are
// sent to re-review; then every published post quoting a claim that can no longer be shown (expired, reworded and
// back in review, retired, rejected, trashed) gets one open alert per claim in the editors' queue. The renderer
// already leaves such claims out (claimProblemOf); the alert tells the editors why a sentence disappeared.
import type { PayloadRequest } from 'payload'

import type { Claim } from '@/payload-types'

import { idOf } from '@/utilities/idOf'
import { quoted } from '@/utilities/quoted'

import { expiredApprovedClaimsWhere, unusableClaimsWhere } from './claimUsability'

const reasonFor = (claim: Claim, now: Date): string => {
  const statement = quoted(claim.statement, 120)
  if (claim.deletedAt) return `It quotes the claim ${statement}, which was removed from the library.`
  if (claim.status === 'needs_rereview') {
    return claim.reReviewBy && new Date(claim.reReviewBy) <= now
      ? `It quotes the claim ${statement}, which passed its re-review date on ${claim.reReviewBy.slice(0, 10)}; the site no longer shows it until an editor re-approves it.`
      : `It quotes the claim ${statement}, which needs re-review because a reference it rests on changed; the site no longer shows it.`
  }
  if (claim.status === 'pending' || claim.status === 'draft')
    return `It quotes the claim ${statement}, which was reworded and waits for review; the site no longer shows it.`
  return `It quotes the claim ${statement}, which was ${claim.status === 'retired' ? 'retired' : 'rejected'}; the site no longer shows it.`
}

// The library's consequences hold whoever (or nothing) triggered them: the job runs as the system.
const asSystem = { depth: 0, overrideAccess: true, pagination: false } as const

export const raiseClaimAlerts = async ({ now, req }: { now: Date; req: PayloadRequest }) => {
  const { docs: expired } = await req.payload.find({
    ...asSystem,
    collection: 'claims',
    joins: false,
    req,
    select: { status: true },
    where: expiredApprovedClaimsWhere(now),
  })
  for (const { id } of expired) {
    await req.payload.update({
      collection: 'claims',
      // The re-review it forces is logged as an expiry, not as an editor's decision.
      context: { vettedClaimExpired: true },
      data: { status: 'needs_rereview' },
      id,
      overrideAccess: true,
      req,
    })
  }

  const { docs: unusable } = await req.payload.find({
    ...asSystem,
    collection: 'claims',
    joins: false,
    req,
    trash: true,
    where: unusableClaimsWhere(now),
  })
  if (!unusable.length) return { alerts: 0, expired: expired.length }
  const byId = new Map(unusable.map((claim) => [String(claim.id), claim]))
  const { docs: posts } = await req.payload.find({
    ...asSystem,
    collection: 'posts',
    req,
    select: { claimsUsed: true, clinic: true },
    where: { and: [{ _status: { equals: 'published' } }, { claimsUsed: { in: [...byId.keys()] } }] },
  })
  if (!posts.length) return { alerts: 0, expired: expired.length }
  const { docs: open } = await req.payload.find({
    ...asSystem,
    collection: 'review-alerts',
    req,
    select: { claim: true, post: true },
    where: { and: [{ resolvedAt: { exists: false } }, { claim: { in: [...byId.keys()] } }] },
  })
  const isOpen = new Set(open.map((alert) => `${idOf(alert.post)}:${idOf(alert.claim)}`))
  let alerts = 0
  for (const post of posts) {
    for (const claimId of (post.claimsUsed ?? []).map(idOf)) {
      const claim = byId.get(claimId)
      if (!claim || isOpen.has(`${post.id}:${claimId}`)) continue
      isOpen.add(`${post.id}:${claimId}`)
      await req.payload.create({
        collection: 'review-alerts',
        data: {
          claim: claimId,
          clinic: post.clinic ? idOf(post.clinic) : null,
          kind: 'claim',
          post: post.id,
          reason: reasonFor(claim, now),
        },
        overrideAccess: true,
        req,
      })
      alerts += 1
    }
  }
  return { alerts, expired: expired.length }
}

import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { Claim } from '@/payload-types'

import { isMedicalEditor } from '@/access/roles'
import { idOf } from '@/utilities/idOf'
import { scanText } from '@/workflow/claimScanner'

const sameIds = (a: unknown[] = [], b: unknown[] = []) => a.map(idOf).sort().join() === b.map(idOf).sort().join()

/** Statements about how well or how safely a treatment works, or with numbers, need more than news to stand on. */
const scientificKinds = new Set(['efficacy', 'safety', 'statistic'])
const needsScientificSupport = (statement: string) =>
  scanText(statement).some((flag) => flag.reasons.some((reason) => scientificKinds.has(reason.kind)))

/**
 * The rules of the claims library: an editor approves, never their own proposal; an approved claim rests on at
 * least one vetted reference, and on more than news when it speaks of efficacy, safety or numbers; a rejection
 * says why; and rewording an approved claim sends it back for review.
 */
export const enforceClaimReview: CollectionBeforeChangeHook<Claim> = async ({ collection, data, originalDoc, req }) => {
  const refuse = (message: string, path = 'status'): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ message, path }] }, req.t)
  }
  const previous = originalDoc?.status ?? null
  const isReworded = Boolean(
    originalDoc &&
    ((data.statement !== undefined && data.statement !== originalDoc.statement) ||
      (data.supportingReferences !== undefined &&
        !sameIds(data.supportingReferences ?? [], originalDoc.supportingReferences ?? []))),
  )
  // Payload hands beforeChange the whole document, so a rewording always sends an approved claim back for review.
  const next = previous === 'approved' && isReworded ? 'pending' : (data.status ?? previous ?? 'pending')

  const isApproving = next === 'approved' && (previous !== 'approved' || isReworded)
  if (isApproving) {
    if (req.user && !isMedicalEditor(req.user)) refuse('Only a medical editor can approve a claim.')
    const proposer = data.proposedBy ?? originalDoc?.proposedBy
    if (req.user && proposer && idOf(proposer) === String(req.user.id))
      refuse('You proposed this claim, so another medical editor must approve it.')
    const ids = (data.supportingReferences ?? originalDoc?.supportingReferences ?? []).map(idOf)
    const { docs: references } = ids.length
      ? await req.payload.find({
          collection: 'references',
          depth: 0,
          joins: false,
          limit: ids.length,
          overrideAccess: true,
          pagination: false,
          req,
          where: { and: [{ id: { in: ids } }, { vettingStatus: { equals: 'vetted' } }] },
        })
      : { docs: [] }
    if (!references.length)
      refuse('A claim can only be approved with at least one vetted reference.', 'supportingReferences')
    const statement = data.statement ?? originalDoc?.statement ?? ''
    if (needsScientificSupport(statement) && references.every((reference) => reference.kind === 'news')) {
      refuse(
        'News alone cannot support a claim about efficacy, safety or numbers: add a vetted study, trial, review or guideline.',
        'supportingReferences',
      )
    }
  }
  if (next === 'rejected' && previous !== 'rejected' && !(data.reviewNote ?? originalDoc?.reviewNote)?.trim()) {
    refuse('Say why the claim is rejected in the review note, so the proposer can fix it.', 'reviewNote')
  }
  const isReviewed = next !== previous && ['approved', 'rejected', 'retired'].includes(next)
  return {
    ...data,
    status: next,
    ...(isReviewed && req.user ? { reviewedAt: new Date().toISOString(), reviewer: req.user.id } : {}),
  }
}

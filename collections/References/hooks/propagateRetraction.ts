import type { CollectionAfterChangeHook } from 'payload'

import type { Reference } from '@/payload-types'

import { queueRetractionWebhooks } from '@/webhooks/queueRetractionWebhooks'
import { recordReviewEvent } from '@/workflow/recordReviewEvent'

/**
 * A retraction reaches everything built on the reference: every claim resting on it goes back to "needs
 * re-review", and every published post citing it (directly or through a claim) gets an alert in the editors'
 * queue, and each affected clinic's website is told. Vetting and retraction are logged. Writes here override
 * access: the library's consequences hold whoever triggered them, and no API may write alerts or events.
 */
export const propagateRetraction: CollectionAfterChangeHook<Reference> = async ({ doc, previousDoc, req }) => {
  const status = doc.vettingStatus
  if (status === previousDoc?.vettingStatus || (status !== 'vetted' && status !== 'retracted' && status !== 'rejected'))
    return doc
  const event = { vetted: 'vet', rejected: 'reject', retracted: 'retract' } as const
  await recordReviewEvent({
    action: event[status],
    document: { collection: 'references', id: String(doc.id), title: doc.title },
    note: doc.vettingNote,
    req,
  })
  if (status !== 'retracted') return doc

  const { docs: claims } = await req.payload.find({
    collection: 'claims',
    depth: 0,
    joins: false,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: {
      and: [
        { supportingReferences: { in: [doc.id] } },
        { status: { not_in: ['rejected', 'retired', 'needs_rereview'] } },
      ],
    },
  })
  for (const claim of claims) {
    await req.payload.update({
      collection: 'claims',
      data: { status: 'needs_rereview' },
      id: claim.id,
      overrideAccess: true,
      req,
    })
  }
  const { docs: posts } = await req.payload.find({
    collection: 'posts',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ citedReferences: { in: [doc.id] } }, { _status: { equals: 'published' } }] },
  })
  for (const post of posts) {
    await req.payload.create({
      collection: 'review-alerts',
      data: {
        clinic: typeof post.clinic === 'object' ? post.clinic?.id : post.clinic,
        kind: 'retraction',
        post: post.id,
        reason: `It cites “${doc.title}”, which has been retracted${doc.vettingNote ? ` (${doc.vettingNote})` : ''}. Replace the citation or unpublish the post.`,
        reference: doc.id,
      },
      overrideAccess: true,
      req,
    })
  }
  await queueRetractionWebhooks({ posts, reference: doc, req })
  return doc
}

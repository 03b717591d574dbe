import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { Post } from '@/payload-types'

import { publishBlockersFor } from '@/workflow/publishGate'
import { blockedMessage } from '@/workflow/refusalMessage'

/**
 * The publish gate. A hook, so it holds on every path that can make a post live: the admin, REST, GraphQL, the
 * Local API, scheduled publishing, restoring a version, duplicating and bulk updates. It refuses, listing every
 * blocker, unless the sign-off matches the text, every claim is approved and current, every citation is vetted,
 * and every flagged sentence is resolved or waived.
 */
export const enforcePublishGate: CollectionBeforeChangeHook<Post> = async ({ collection, data, originalDoc, req }) => {
  const status = data._status ?? originalDoc?._status
  if (status !== 'published') {
    // An unpublished post that was live is still approved while its sign-off holds.
    if (data.workflowState === 'published')
      return { ...data, workflowState: data.signOff?.contentHash ? 'approved' : 'draft' }
    return data
  }
  const post = { ...originalDoc, ...data } as Post
  const blockers = await publishBlockersFor({ post, req })
  if (blockers.length) {
    const refusal = new ValidationError(
      {
        collection: collection.slug,
        errors: blockers.map(({ code, message }) => ({
          message,
          path: code === 'no-sign-off' || code === 'sign-off-stale' ? 'signOff' : 'body',
        })),
      },
      req.t,
    )
    // Payload's own message lists field names ("The following fields are invalid (2): signOff, body"); the admin's
    // toast, a REST answer and each line of a bulk update's failures show this one, which names the post and says
    // why. The field errors stay, so the admin still marks the fields.
    refusal.message = blockedMessage({ blockers, title: post.title, what: 'published' })
    throw refusal
  }
  return { ...data, publishedAt: post.publishedAt ?? new Date().toISOString(), workflowState: 'published' }
}

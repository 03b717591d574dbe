import type { CollectionBeforeChangeHook } from 'payload'

import type { Post } from '@/payload-types'

import { contentHash } from '@/workflow/contentHash'
import { emptySignOff } from '@/workflow/emptySignOff'
import { loadShownContent } from '@/workflow/loadShownContent'

/**
 * A sign-off approves exactly what the post shows. When that (its text, title, excerpt, images, SEO, topics,
 * author, or the wording and status of its claims and references) no longer hashes to what the editor approved,
 * the sign-off is void and the post returns to draft; the event is logged after the save.
 */
export const voidStaleSignOff: CollectionBeforeChangeHook<Post> = async ({ data, originalDoc, req }) => {
  const signOff = data.signOff ?? originalDoc?.signOff
  if (!signOff?.contentHash) return data
  // A write that would publish is judged by the publish gate, which names a stale sign-off as such and refuses it.
  if (data._status === 'published') return data
  const { shown } = await loadShownContent({ post: { ...originalDoc, ...data } as Post, req })
  if (contentHash(shown) === signOff.contentHash) return data
  // On req.context, not this hook's `context`: the finds above handed req a fresh copy of the context, so the
  // object this hook was given is no longer the one recordReviewEvents will read.
  req.context.vettedSignOffVoided = true
  return {
    ...data,
    signOff: emptySignOff,
    workflowState: data.workflowState === 'in_review' ? 'in_review' : 'draft',
  }
}

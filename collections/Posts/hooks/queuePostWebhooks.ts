import type { CollectionAfterChangeHook } from 'payload'

import type { Post } from '@/payload-types'

import { idOf } from '@/utilities/idOf'
import { queueClinicWebhooks } from '@/webhooks/queueClinicWebhooks'
import { liveTransitionOf } from '@/workflow/liveTransition'

/** Tells the clinic's website when one of its posts goes live or comes down, on every path (scheduled ones too). */
export const queuePostWebhooks: CollectionAfterChangeHook<Post> = async ({ doc, previousDoc, req }) => {
  const transition = await liveTransitionOf({ doc, previousDoc, req })
  if (!transition || !doc.clinic) return doc
  const type = transition.kind === 'publish' ? 'post.published' : 'post.unpublished'
  await queueClinicWebhooks({ clinic: idOf(doc.clinic), event: { post: transition.post, type }, req })
  return doc
}

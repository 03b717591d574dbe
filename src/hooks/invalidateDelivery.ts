// Any change to what a clinic website reads (posts, authors, clinics, the library, media, keys) moves the delivery
// generation, so every instance's cache of rendered responses and keys is dropped within one poll.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { bumpDeliveryGeneration } from '../delivery/cache/deliveryGeneration'
import { liveTransitionOf } from '../workflow/liveTransition'

/**
 * Posts: a write of a published version (new or edited) or an unpublish changes what readers see; a draft saved
 * beside the live version, or with none live, moves nothing.
 */
const changesLivePost = async ({ doc, previousDoc, req }: Parameters<CollectionAfterChangeHook>[0]) =>
  doc._status === 'published' || (await liveTransitionOf({ doc, previousDoc, req }))?.kind === 'unpublish'

export const invalidateDeliveryOnChange: CollectionAfterChangeHook = async (args) => {
  if (args.collection.slug !== 'posts' || (await changesLivePost(args))) await bumpDeliveryGeneration(args.req)
  return args.doc
}

export const invalidateDeliveryOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await bumpDeliveryGeneration(req)
  return doc
}

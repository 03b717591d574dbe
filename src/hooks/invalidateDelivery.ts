// Any change to what a clinic website reads (posts, authors, clinics, the library, media, keys) moves the delivery
// generation, so every instance's cache of rendered responses and keys is dropped within one poll.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { bumpDeliveryGeneration } from '../delivery/cache/deliveryGeneration'
import { liveChangeOf } from '../workflow/liveVersion'

/** A draft saved beside the live version (or with none live) cannot change a response, so it moves nothing. */
export const invalidateDeliveryOnChange: CollectionAfterChangeHook = async ({ collection, context, doc, req }) => {
  const isDraftable = Boolean(collection.versions?.drafts)
  if (!isDraftable || (await liveChangeOf({ context, doc, req })) !== 'unchanged') await bumpDeliveryGeneration(req)
  return doc
}

export const invalidateDeliveryOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await bumpDeliveryGeneration(req)
  return doc
}

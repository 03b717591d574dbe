// Any change to what a clinic website reads (posts, authors, clinics, the library, media, keys) moves the delivery
// generation, so every instance's cache of rendered responses and keys is dropped within one poll.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { bumpDeliveryGeneration } from '../delivery/cache/deliveryGeneration'

/** A draft saved while nothing of the document is live cannot change a response, so it moves nothing. */
const isInvisible = (doc: { _status?: unknown } | undefined, previousDoc: { _status?: unknown } | undefined) =>
  Boolean(doc && '_status' in doc && doc._status !== 'published' && previousDoc?._status !== 'published')

export const invalidateDeliveryOnChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!isInvisible(doc, previousDoc)) await bumpDeliveryGeneration(req)
  return doc
}

export const invalidateDeliveryOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await bumpDeliveryGeneration(req)
  return doc
}

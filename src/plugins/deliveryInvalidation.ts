// A local plugin, shaped like Payload's plugin-nested-docs: every collection clinic websites read (as declared by
// deliveredFields) gets the hooks that move the delivery generation when something a site can see changes.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Plugin } from 'payload'

import { stringify } from 'safe-stable-stringify'

import type { DeliveredFields } from '@/delivery/queries/deliveredFields'

import { bumpDeliveryGeneration } from '@/delivery/cache/deliveryGeneration'
import { liveTransitionOf } from '@/workflow/liveTransition'

/**
 * Posts: a write of a published version (new or edited) or an unpublish changes what readers see; a draft saved
 * beside the live version, or with none live, moves nothing.
 */
const changesLivePost: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) =>
  doc._status === 'published' || (await liveTransitionOf({ doc, previousDoc, req }))?.kind === 'unpublish'

const changesFields =
  (fields: readonly string[]): CollectionAfterChangeHook =>
  ({ doc, previousDoc }) =>
    !previousDoc || fields.some((field) => stringify(doc?.[field] ?? null) !== stringify(previousDoc?.[field] ?? null))

const withInvalidation = (collection: CollectionConfig, fields: '*' | readonly string[]): CollectionConfig => {
  const isVisible: CollectionAfterChangeHook | undefined =
    collection.slug === 'posts' ? changesLivePost : fields === '*' ? undefined : changesFields(fields)
  const afterChange: CollectionAfterChangeHook = async (args) => {
    if (!isVisible || (await isVisible(args))) await bumpDeliveryGeneration(args.req)
    return args.doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await bumpDeliveryGeneration(req)
    return doc
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}

export const deliveryInvalidation =
  ({ collections }: { collections: DeliveredFields }): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const fields = collections[collection.slug as keyof DeliveredFields]
      return fields ? withInvalidation(collection, fields) : collection
    }),
  })

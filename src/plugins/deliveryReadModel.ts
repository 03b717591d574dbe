// A local plugin, shaped like deliveryInvalidation: keeps the delivery read model in step with what sites may see.
// A post's own writes render (or retire) its row in the same transaction, so the publish call renders exactly one
// post. A change to anything posts show records one delivery change, whatever the number of posts citing it: from
// its commit /v1 renders those posts' rows live, and a queued job re-renders them in batches.
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  PayloadRequest,
  Plugin,
} from 'payload'

import { stringify } from 'safe-stable-stringify'

import type { Post } from '@/payload-types'

import { queueOutdatedRowRenders, renderDeliveryRowsTask } from '@/delivery/readModel/deliveryJob'
import { deliveryChanges, renderPostRowAndNotify, supersedeRowsOf } from '@/delivery/readModel/deliveryRows'
import { dependencyOf } from '@/delivery/readModel/indexedFieldsOf'
import { clinicFieldsShown } from '@/delivery/serializers/serializeClinic'
import { idOf } from '@/utilities/idOf'
import { liveTransitionOf } from '@/workflow/liveTransition'

/** Collections whose documents posts show, and which of their changes take something away from an article. */
const dependencies: Record<string, (doc: Record<string, unknown>, previous?: Record<string, unknown>) => boolean> = {
  authors: () => false,
  claims: (doc, previous) => previous?.status === 'approved' && (doc.status !== 'approved' || Boolean(doc.deletedAt)),
  clinics: () => false,
  media: () => false,
  references: (doc, previous) => previous?.vettingStatus === 'vetted' && doc.vettingStatus !== 'vetted',
  topics: () => false,
  users: () => false,
}

/**
 * The fields through which a clinic or a user reaches an article (serializeClinic and the JSON-LD publisher; the
 * signer's name): a clinic's webhook settings or a user's login bookkeeping stale no rows.
 */
const shownFields: Record<string, readonly string[]> = {
  clinics: clinicFieldsShown,
  users: ['name'],
}

const isShownChange = (slug: string, doc: Record<string, unknown>, previous?: Record<string, unknown>) => {
  const fields = shownFields[slug]
  return !fields || fields.some((field) => stringify(doc[field] ?? null) !== stringify(previous?.[field] ?? null))
}

const recordChange = async ({
  dependency,
  isUrgent,
  req,
}: {
  dependency: string
  isUrgent: boolean
  req: PayloadRequest
}) => {
  await req.payload.create({
    collection: deliveryChanges,
    data: { changedAt: new Date().toISOString(), dependency, urgency: isUrgent ? 0 : 1 },
    depth: 0,
    // The system records it, whoever made the change: the table has no API access at all.
    overrideAccess: true,
    req,
    select: {},
  })
  await req.payload.jobs.queue({ input: {}, overrideAccess: true, req, task: renderDeliveryRowsTask })
}

const renderPostRowAfterChange: CollectionAfterChangeHook<Post> = async ({ doc, previousDoc, req }) => {
  const clinicId = typeof doc.clinic === 'object' && doc.clinic ? doc.clinic.id : doc.clinic
  if (doc._status === 'published' && !doc.deletedAt && clinicId) {
    await renderPostRowAndNotify({ clinicId: String(clinicId), postId: String(doc.id), req })
  } else if (doc.deletedAt || (await liveTransitionOf({ doc, previousDoc, req }))?.kind === 'unpublish') {
    await supersedeRowsOf({ postId: String(doc.id), req })
  }
  return doc
}

const supersedeRowsAfterDelete: CollectionAfterDeleteHook<Post> = async ({ doc, req }) => {
  await supersedeRowsOf({ postId: String(doc.id), req })
  return doc
}

/**
 * An author page linked to a medical editor (or unlinked) changes every article that editor signed off in the
 * clinic, though none of them depended on that author before: their rows depend on the signer, so the change is hers.
 */
const recordReviewerProfileChange = async ({ doc, previousDoc, req }: Parameters<CollectionAfterChangeHook>[0]) => {
  const linked = [doc.reviewer, previousDoc?.reviewer].filter(Boolean).map(idOf)
  if (linked[0] === linked[1]) return
  for (const userId of new Set(linked))
    await recordChange({ dependency: dependencyOf('users', userId), isUrgent: false, req })
}

const recordChangeOf =
  (slug: string): CollectionAfterChangeHook =>
  async (args) => {
    const { doc, operation, previousDoc, req } = args
    if (slug === 'authors') await recordReviewerProfileChange(args)
    // Nothing live can show a document that did not exist before this write.
    if (operation === 'update' && isShownChange(slug, doc, previousDoc))
      await recordChange({
        dependency: dependencyOf(slug, doc.id),
        isUrgent: dependencies[slug](doc, previousDoc),
        req,
      })
    return doc
  }

const recordDeletionOf =
  (slug: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await recordChange({ dependency: dependencyOf(slug, doc.id), isUrgent: true, req })
    return doc
  }

const withHooks = (
  collection: CollectionConfig,
  afterChange: CollectionAfterChangeHook,
  afterDelete: CollectionAfterDeleteHook,
): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
  },
})

export const deliveryReadModel = (): Plugin => (config) => ({
  ...config,
  onInit: async (payload) => {
    await config.onInit?.(payload)
    // After an upgrade that changed the rows' shape: re-rendered by the job queue, served live meanwhile.
    await queueOutdatedRowRenders(payload).catch((error: unknown) =>
      payload.logger.warn({ err: error, msg: 'Could not look for delivery rows of an older shape' }),
    )
  },
  collections: (config.collections ?? []).map((collection) => {
    if (collection.slug === 'posts')
      return withHooks(
        collection,
        renderPostRowAfterChange as CollectionAfterChangeHook,
        supersedeRowsAfterDelete as CollectionAfterDeleteHook,
      )
    return collection.slug in dependencies
      ? withHooks(collection, recordChangeOf(collection.slug), recordDeletionOf(collection.slug))
      : collection
  }),
})

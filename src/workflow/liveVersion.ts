// Whether a write changed what readers see. For a collection with drafts, a hook's previousDoc is the latest
// version, which may be a draft saved over the live one, so the live status is read before and after the write.
import type { CollectionBeforeChangeHook, PayloadRequest, RequestContext } from 'payload'

type Versioned = { _status?: null | string; deletedAt?: null | string; id: number | string }

const liveBeforeKey = (id: number | string) => `vetted:liveBefore:${id}`

const readLiveStatus = async (req: PayloadRequest, collection: 'posts', id: number | string) => {
  // Reads the live version whoever writes: the question is what readers see, not what this user may read.
  const live = await req.payload.findByID({ collection, depth: 0, disableErrors: true, draft: false, id, overrideAccess: true, req, select: { _status: true } })
  return live?._status ?? null
}

/** Notes, before an update, whether the document had a live (published) version. */
export const noteLiveVersion: CollectionBeforeChangeHook = async ({ collection, context, data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id && collection.slug === 'posts') context[liveBeforeKey(originalDoc.id)] = await readLiveStatus(req, 'posts', originalDoc.id)
  return data
}

export type LiveChange = 'published' | 'unchanged' | 'unpublished'

/** What a write did to the live version: published it, took it down, or left it as it was. */
export const liveChangeOf = async ({ context, doc, req }: { context: RequestContext; doc: Versioned; req: PayloadRequest }): Promise<LiveChange> => {
  if (doc._status === 'published') return 'published'
  if (context[liveBeforeKey(doc.id)] !== 'published' || doc.deletedAt) return 'unchanged'
  // A draft saved over a published post leaves it live; only an unpublish takes the live version down.
  return (await readLiveStatus(req, 'posts', doc.id)) === 'published' ? 'unchanged' : 'unpublished'
}

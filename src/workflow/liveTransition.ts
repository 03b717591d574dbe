// What counts as publishing and unpublishing a post: the one definition the audit log and the clinic webhooks share.
import type { PayloadRequest } from 'payload'

import type { Post } from '@/payload-types'

import { liveBeforeKey } from '@/requestContext'

export type LivePost = { id: string; slug: string; title: string }

export type LiveTransition = { kind: 'publish' | 'unpublish'; post: LivePost }

/** What a request notes of one post it writes: the version live before the write, then what the write did to it. */
export type LiveNote = { live: LivePost | null; transition?: Promise<LiveTransition | null> }

/**
 * The notes of this request, per post id, since one request may write several posts. Every Local API call made
 * with `req` replaces req.context by a shallow copy, so the map is fetched, and put in req.context, before any
 * such call: the copies then share it, and the after-change hooks find what was noted. (Payload copies only while
 * req.context holds a string key, see src/requestContext.ts; in a post write the rich-text field has put its
 * `internal` there by then.)
 */
const entries = (req: PayloadRequest): Map<string, LiveNote> => (req.context[liveBeforeKey] ??= new Map())

const summary = (post: Pick<Post, 'id' | 'slug' | 'title'>): LivePost => ({
  id: String(post.id),
  slug: post.slug ?? '',
  title: post.title,
})

/**
 * The post's live row (the published version, when there is one), whoever asks: which version is live is a fact,
 * not a permission. With drafts, Payload's originalDoc is the latest version, which may be a draft over it.
 */
export const findLiveRow = async ({ id, req }: { id: number | string; req: PayloadRequest }): Promise<null | Post> => {
  const row = await req.payload.findByID({
    collection: 'posts',
    depth: 0,
    disableErrors: true,
    draft: false,
    id,
    overrideAccess: true,
    req,
    trash: true,
  })
  return row?._status === 'published' ? row : null
}

/** Before a write: notes which version of the post is live, if any. */
export const noteLiveBefore = async ({ original, req }: { original: Post; req: PayloadRequest }): Promise<void> => {
  const byId = entries(req)
  const live = original._status === 'published' ? original : await findLiveRow({ id: original.id, req })
  byId.set(String(original.id), { live: live ? summary({ ...live, id: original.id }) : null })
}

const transitionOf = async ({
  doc,
  live,
  previousDoc,
  req,
}: {
  doc: Post
  live: LivePost | null
  previousDoc?: Post
  req: PayloadRequest
}): Promise<LiveTransition | null> => {
  // Published: a version went live, unless the latest version already was the live one.
  if (doc._status === 'published')
    return previousDoc?._status === 'published' ? null : { kind: 'publish', post: summary(doc) }
  // Saved as a draft: an unpublish only if the live version came down, not when a draft was saved over it.
  if (!live || doc.deletedAt) return null
  const after = await req.payload.findByID({
    collection: 'posts',
    depth: 0,
    disableErrors: true,
    draft: false,
    id: doc.id,
    overrideAccess: true,
    req,
    select: { _status: true },
    trash: true,
  })
  return after?._status === 'published' ? null : { kind: 'unpublish', post: live }
}

/**
 * After a write: whether it published or unpublished the post, with the post as readers knew it (the new live
 * version on publish, the one taken down on unpublish). Worked out once per write, however many hooks ask.
 */
export const liveTransitionOf = ({
  doc,
  previousDoc,
  req,
}: {
  doc: Post
  previousDoc?: Post
  req: PayloadRequest
}): Promise<LiveTransition | null> => {
  const byId = entries(req)
  const entry = byId.get(String(doc.id)) ?? { live: null }
  entry.transition ??= transitionOf({ doc, live: entry.live, previousDoc, req })
  byId.set(String(doc.id), entry)
  return entry.transition
}

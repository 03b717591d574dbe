// The editor's preview of a post: its latest saved version rendered by the delivery renderer itself
// (renderDeliveryDocuments, with the library loaded as the read model loads it), for a user who may read the post.
import type { PayloadRequest } from 'payload'

import { Forbidden } from 'payload'

import type { DeliveredArticle } from '@/delivery/openapi/schemas'

import { articlePopulate } from '@/delivery/readModel/loadLivePost'
import { loadRenderLibrary } from '@/delivery/readModel/loadRenderLibrary'
import { renderDeliveryDocuments } from '@/delivery/readModel/renderDeliveryDocuments'
import { idOf } from '@/utilities/idOf'
import { isValidDocumentId } from '@/utilities/isValidDocumentId'

import { previewMarkup } from './previewMarkup'
import { previewNotes } from './previewNotes'

export type PostPreview = {
  article: DeliveredArticle
  /** The page's markup: escaped text around the renderer's sanitised HTML. */
  html: string
  /** What the site would not show of this version, and why. */
  notes: string[]
}

/** Null when the post does not exist or `req.user` may not read it: the page answers 404 either way. */
export const renderPreview = async ({ id, req }: { id: string; req: PayloadRequest }): Promise<PostPreview | null> => {
  const { payload } = req
  // A malformed id is no post (on PostgreSQL it would reach the database as a type error).
  if (!isValidDocumentId(payload, id)) return null
  // Who may preview is who may read the post: Payload's own access, narrowed to their clinics by the plugin.
  const readable = await payload
    .find({
      collection: 'posts',
      depth: 0,
      draft: true,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      req,
      select: { clinic: true },
      user: req.user,
      where: { id: { equals: id } },
    })
    // Signed out (or without a role) is refused outright; to the page that is the same "no such post".
    .catch((error: unknown) => {
      if (error instanceof Forbidden) return { docs: [] }
      throw error
    })
  const allowed = readable.docs[0]
  if (!allowed?.clinic) return null
  // Then rendered as delivery renders: the whole post and its clinic as a site would be given them.
  const now = new Date()
  const [post, clinic] = await Promise.all([
    payload.findByID({
      collection: 'posts',
      depth: 2,
      draft: true,
      id: allowed.id,
      overrideAccess: true,
      populate: articlePopulate,
      req,
    }),
    payload.findByID({ collection: 'clinics', depth: 1, id: idOf(allowed.clinic), overrideAccess: true, req }),
  ])
  const library = await loadRenderLibrary({ clinic, payload, post, req })
  const { article } = renderDeliveryDocuments(post, { ...library, clinic, now })
  const notes = previewNotes({ ...library, hasSiteAddress: Boolean(article.url), now, post })
  return { article, html: previewMarkup({ article, notes }), notes }
}

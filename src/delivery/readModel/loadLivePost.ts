// Reads a post as it is live now, with the library entries it uses: the inputs of renderDeliveryDocuments.
import type { Payload, PayloadRequest, Where } from 'payload'

import type { Clinic, Post } from '@/payload-types'

import { publishedPostsOf } from '@/delivery/queries/publishedPosts'

import { loadRenderLibrary, type RenderLibraryInputs } from './loadRenderLibrary'

export type LivePostInputs = RenderLibraryInputs & { post: Post }

/** Only what the article shows: never the "where used" joins of references and claims, which reach every post. */
export const articlePopulate = {
  claims: { statement: true },
  references: { title: true },
  users: { name: true },
} as const

export const loadLivePost = async ({
  clinic,
  payload,
  req,
  where,
}: {
  clinic: Pick<Clinic, 'id'>
  payload: Payload
  req?: PayloadRequest
  /** Which post: by slug or id. */
  where: Where
}): Promise<LivePostInputs | null> => {
  const { docs } = await payload.find({
    collection: 'posts',
    depth: 2,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    populate: articlePopulate,
    req,
    where: publishedPostsOf(clinic.id, where),
  })
  const post = docs[0]
  if (!post) return null
  return { ...(await loadRenderLibrary({ clinic, payload, post, req })), post }
}

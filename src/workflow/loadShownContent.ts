// The Payload side of shownContent: reads the author, library entries and images a post shows, whoever asks (the
// state of the library is a fact, not a permission), inside the request's transaction.
import type { PayloadRequest } from 'payload'

import type { Author, Claim, Media, Reference } from '@/payload-types'

import { idOf } from '@/utilities/idOf'

import type { PostShownFields, ShownContent, ShownLibrary } from './shownContent'

import { findLibraryUse } from './libraryUse'
import { shownContent, shownImageIds, shownLibraryIds } from './shownContent'

export type LoadedLibrary = {
  authors: Map<string, Author>
  claims: Map<string, Claim>
  media: Map<string, Media>
  references: Map<string, Reference>
}

export type LoadedShownContent = { library: LoadedLibrary; shown: ShownContent }

const byId = <T extends { deletedAt?: null | string; id: string }>(docs: T[]): Map<string, T> =>
  new Map(docs.filter((doc) => !doc.deletedAt).map((doc) => [String(doc.id), doc]))

/**
 * The documents with these ids, trash included (a trashed entry must count as missing, not as unknown). No "where
 * used" joins: they reach every post of the network.
 */
const findByIds = async (
  req: PayloadRequest,
  collection: 'authors' | 'claims' | 'media' | 'references',
  ids: string[],
) => {
  if (!ids.length) return []
  const options = { depth: 0, limit: ids.length, overrideAccess: true, pagination: false, req, trash: true } as const
  const where = { id: { in: ids } }
  if (collection === 'media' || collection === 'authors') {
    return (await req.payload.find({ ...options, collection, where })).docs
  }
  return (await req.payload.find({ ...options, collection, joins: false, where })).docs
}

export const loadShownContent = async ({
  post,
  req,
}: {
  post: PostShownFields
  req: PayloadRequest
}): Promise<LoadedShownContent> => {
  const { claimIds } = findLibraryUse(post.body)
  const [authorDocs, claimDocs, mediaDocs] = await Promise.all([
    findByIds(req, 'authors', post.author ? [idOf(post.author)] : []),
    findByIds(req, 'claims', claimIds),
    findByIds(req, 'media', shownImageIds(post)),
  ])
  const claims = byId(claimDocs as Claim[])
  const { referenceIds } = shownLibraryIds(post, claims)
  const references = byId((await findByIds(req, 'references', referenceIds)) as Reference[])
  const library: LoadedLibrary = {
    authors: byId(authorDocs as Author[]),
    claims,
    media: byId(mediaDocs as Media[]),
    references,
  }
  return { library, shown: shownContent({ library: library as ShownLibrary, post }) }
}

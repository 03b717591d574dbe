// Everything a clinic site shows of a post, gathered into one value: what a medical editor approves when signing
// off, what the content hash covers, and what the claim scanner reads. Pure: loadShownContent gathers the inputs.
import type { Author, Claim, Media, Post, Reference } from '@/payload-types'

import { idOf } from '@/utilities/idOf'

import { findLibraryUse } from './libraryUse'

/** The image's words and its file (a new upload gets a new name): what an article shows of it. */
export type ShownImage = { alt: string; caption: string; file: string; id: string }

/** The fields of an author and of an image that articles show, and the content hash therefore covers. */
export const shownAuthorFields = ['bio', 'credentials', 'jobTitle', 'name', 'photo'] as const
export const shownImageFields = ['alt', 'caption', 'filename'] as const

/** The fields of a library reference a site prints (AMA citation, links) and the editor's verdict on it. */
export type ShownReference = Pick<
  Reference,
  'authors' | 'doi' | 'issue' | 'journal' | 'kind' | 'pages' | 'pmid' | 'title' | 'url' | 'volume' | 'year'
> & { id: string; vettedAt: null | string; vettingStatus: string }

/** The byline and author box an article shows beside the text. */
export type ShownAuthor = Pick<Author, 'bio' | 'credentials' | 'jobTitle' | 'name'> & {
  id: string
  photo: null | string
}

export type ShownClaim = { id: string; statement: string; status: string; supportingReferences: string[] }

export type ShownContent = {
  /** Missing (trashed or deleted) authors keep their id and no words, like missing library entries. */
  author: null | ShownAuthor
  body: unknown
  /** Claims the body quotes, in order of first use. */
  claims: ShownClaim[]
  excerpt: string
  /** The hero image, the social image and every image in the body, each once. */
  images: ShownImage[]
  /** References cited directly or through a claim, in order of first use. */
  references: ShownReference[]
  seo: { canonicalUrl: string; description: string; image: null | string; noIndex: boolean; title: string }
  slug: string
  title: string
  topics: string[]
}

export type PostShownFields = Pick<
  Post,
  'author' | 'body' | 'excerpt' | 'heroImage' | 'seo' | 'slug' | 'title' | 'topics'
>

export type ShownLibrary = {
  authors: ReadonlyMap<string, Pick<Author, (typeof shownAuthorFields)[number]>>
  claims: ReadonlyMap<string, Pick<Claim, 'statement' | 'status' | 'supportingReferences'>>
  media: ReadonlyMap<string, Pick<Media, (typeof shownImageFields)[number]>>
  references: ReadonlyMap<string, Omit<ShownReference, 'id' | 'vettedAt' | 'vettingStatus'> & Partial<Reference>>
}

type UploadNode = { relationTo?: unknown; type?: unknown; value?: unknown }
type Node = UploadNode & { children?: unknown[] }

const idOrNull = (value: unknown): null | string => (value === null || value === undefined ? null : idOf(value))

/** Images placed in the body, in order: upload nodes pointing at the media collection. */
export const bodyImageIds = (body: unknown): string[] => {
  const ids: string[] = []
  const visit = (node: Node | undefined, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 64) return
    if (node.type === 'upload' && node.relationTo === 'media' && node.value) ids.push(idOf(node.value))
    if (Array.isArray(node.children)) node.children.forEach((child) => visit(child as Node, depth + 1))
  }
  visit((body as { root?: Node } | null | undefined)?.root, 0)
  return ids
}

/** The ids of every image the post shows, each once: hero, social, then the body's. */
export const shownImageIds = (post: PostShownFields): string[] => [
  ...new Set(
    [idOrNull(post.heroImage), idOrNull(post.seo?.image), ...bodyImageIds(post.body)].filter((id): id is string =>
      Boolean(id),
    ),
  ),
]

/** Claim and reference ids the post shows, references through claims included. */
export const shownLibraryIds = (
  post: Pick<Post, 'body'>,
  claims: ShownLibrary['claims'],
): { claimIds: string[]; referenceIds: string[] } => {
  const { claimIds, referenceIds } = findLibraryUse(post.body)
  const throughClaims = claimIds.flatMap((id) => (claims.get(id)?.supportingReferences ?? []).map(idOf))
  return { claimIds, referenceIds: [...new Set([...referenceIds, ...throughClaims])] }
}

const text = (value: null | string | undefined) => value ?? ''

/**
 * Missing library entries and images stay in the value as bare ids with no text, so a deleted claim or image
 * changes the hash as surely as a reworded one.
 */
export const shownContent = ({ library, post }: { library: ShownLibrary; post: PostShownFields }): ShownContent => {
  const { claimIds, referenceIds } = shownLibraryIds(post, library.claims)
  const authorId = idOrNull(post.author)
  const author = authorId ? library.authors.get(authorId) : undefined
  return {
    author: authorId
      ? {
          // An empty text is no text: a form that sends "" for a stored null changes nothing a site shows.
          bio: author?.bio || null,
          credentials: author?.credentials || null,
          id: authorId,
          jobTitle: author?.jobTitle || null,
          name: text(author?.name),
          photo: idOrNull(author?.photo),
        }
      : null,
    body: post.body ?? null,
    claims: claimIds.map((id) => {
      const claim = library.claims.get(id)
      return {
        id,
        statement: text(claim?.statement),
        status: text(claim?.status),
        supportingReferences: (claim?.supportingReferences ?? []).map(idOf),
      }
    }),
    excerpt: text(post.excerpt),
    images: shownImageIds(post).map((id) => {
      const image = library.media.get(id)
      return { alt: text(image?.alt), caption: text(image?.caption), file: text(image?.filename), id }
    }),
    references: referenceIds.map((id) => {
      const reference = library.references.get(id)
      return {
        authors: (reference?.authors ?? []).map(({ family, given, suffix }) => ({ family, given, suffix })),
        doi: reference?.doi ?? null,
        id,
        issue: reference?.issue ?? null,
        journal: reference?.journal ?? null,
        kind: reference?.kind ?? 'study',
        pages: reference?.pages ?? null,
        pmid: reference?.pmid ?? null,
        title: text(reference?.title),
        url: reference?.url ?? null,
        vettedAt: reference?.vettedAt ?? null,
        vettingStatus: text(reference?.vettingStatus),
        volume: reference?.volume ?? null,
        year: reference?.year ?? null,
      }
    }),
    seo: {
      canonicalUrl: text(post.seo?.canonicalUrl),
      description: text(post.seo?.description),
      image: idOrNull(post.seo?.image),
      noIndex: Boolean(post.seo?.noIndex),
      title: text(post.seo?.title),
    },
    slug: text(post.slug),
    title: text(post.title),
    topics: [...new Set((post.topics ?? []).map(idOf))].sort(),
  }
}

// What a clinic key may see of posts: its clinic's published versions. Every /v1 query of posts starts here.
import type { Payload, Where } from 'payload'

export const publishedPostsOf = (clinicId: string, ...conditions: Where[]): Where => ({
  and: [{ clinic: { equals: clinicId } }, { _status: { equals: 'published' } }, ...conditions],
})

/** Only what summaries need is read from the database and populated. */
export const summarySelect = {
  author: true,
  excerpt: true,
  heroImage: true,
  lastReviewedAt: true,
  publishedAt: true,
  seo: { canonicalUrl: true },
  slug: true,
  title: true,
  topics: true,
} as const
export const summaryPopulate = {
  authors: { credentials: true, name: true, slug: true },
  media: { alt: true, filename: true, filesize: true, height: true, mimeType: true, sizes: true, width: true },
  topics: { deletedAt: true, name: true, slug: true },
} as const

/** How many of the clinic's published posts meet the condition (an author's, a topic's). */
export const countPublishedPosts = async ({
  clinicId,
  payload,
  where,
}: {
  clinicId: string
  payload: Payload
  where: Where
}): Promise<number> =>
  (await payload.count({ collection: 'posts', overrideAccess: true, where: publishedPostsOf(clinicId, where) }))
    .totalDocs

/** An author's page lists their newest published posts, at most this many. */
const authorPostLimit = 50

/** The author's newest published posts, as summaries read them. */
export const authorsPublishedPosts = async ({
  authorId,
  clinicId,
  payload,
}: {
  authorId: string
  clinicId: string
  payload: Payload
}) => {
  const { docs } = await payload.find({
    collection: 'posts',
    depth: 1,
    limit: authorPostLimit,
    overrideAccess: true,
    pagination: false,
    populate: summaryPopulate,
    select: summarySelect,
    sort: '-publishedAt',
    where: publishedPostsOf(clinicId, { author: { equals: authorId } }),
  })
  return docs
}

/** What a sitemap lists of the clinic's published posts, newest first: where each is and when it last changed. */
export const sitemapPosts = async ({
  clinicId,
  limit,
  payload,
}: {
  clinicId: string
  limit: number
  payload: Payload
}) => {
  const { docs } = await payload.find({
    collection: 'posts',
    depth: 0,
    limit,
    overrideAccess: true,
    pagination: false,
    select: { seo: { canonicalUrl: true, noIndex: true }, slug: true, updatedAt: true },
    sort: '-publishedAt',
    where: publishedPostsOf(clinicId),
  })
  return docs
}

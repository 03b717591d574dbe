// What a clinic key may see of posts: its clinic's published versions. Every /v1 query of posts starts here.
import type { Where } from 'payload'

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

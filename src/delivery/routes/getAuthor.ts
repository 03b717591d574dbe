// GET /v1/authors/:slug — one of the clinic's authors and their published posts.
import type { SlugRoute } from '@/delivery/route'
import type { Author } from '@/payload-types'

import { noParams, type NoParams } from '@/delivery/params'
import { authorBySlug } from '@/delivery/queries/authors'
import { isOnCurrentRow } from '@/delivery/queries/isShownAuthor'
import { authorsPublishedPosts } from '@/delivery/queries/publishedPosts'
import { json } from '@/delivery/route'
import { serializeAuthor } from '@/delivery/serializers/serializeAuthor'
import { serializePostSummary } from '@/delivery/serializers/serializePostSummary'
import { siteAddressesOf } from '@/delivery/siteAddresses'

type AuthorPage = { author: Author; posts: Awaited<ReturnType<typeof authorsPublishedPosts>> }

export const getAuthor: SlugRoute<NoParams, AuthorPage> = {
  load: async ({ clinic, delivery: { payload }, slug }) => {
    const author = await authorBySlug({ clinicId: clinic.id, payload, slug })
    if (!author) return undefined
    const posts = await authorsPublishedPosts({ authorId: author.id, clinicId: clinic.id, payload })
    // An author named only by drafts has no page yet: their words are reviewed with their first published post.
    if (!posts.length && !(await isOnCurrentRow({ authorId: author.id, payload }))) {
      return undefined
    }
    return { author, posts }
  },
  notFound: 'This clinic has no author with this slug.',
  params: noParams,
  serialize: ({ author, posts }, { clinic }) => {
    const site = siteAddressesOf(clinic)
    return json({ ...serializeAuthor(author, site), posts: posts.map((post) => serializePostSummary(post, site)) })
  },
}

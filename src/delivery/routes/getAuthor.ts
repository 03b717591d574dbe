// GET /v1/authors/:slug — one of the clinic's authors and their published posts.
import type { Author } from '../../payload-types'
import type { SlugRoute } from '../route'

import { noParams, type NoParams } from '../params'
import { authorBySlug } from '../queries/authors'
import { isShownAuthor } from '../queries/isShownAuthor'
import { authorsPublishedPosts } from '../queries/publishedPosts'
import { json } from '../route'
import { serializeAuthor } from '../serializers/serializeAuthor'
import { serializePostSummary } from '../serializers/serializePostSummary'
import { siteAddressesOf } from '../siteAddresses'

type AuthorPage = { author: Author; posts: Awaited<ReturnType<typeof authorsPublishedPosts>> }

export const getAuthor: SlugRoute<NoParams, AuthorPage> = {
  load: async ({ clinic, delivery: { payload }, slug }) => {
    const author = await authorBySlug({ clinicId: clinic.id, payload, slug })
    if (!author) return undefined
    const posts = await authorsPublishedPosts({ authorId: author.id, clinicId: clinic.id, payload })
    // An author named only by drafts has no page yet: their words are reviewed with their first published post.
    if (!posts.length && !(await isShownAuthor({ authorId: author.id, clinicId: clinic.id, payload }))) {
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

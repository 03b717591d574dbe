// GET /v1/posts — the clinic's published posts, newest first, by topic, author or words in the title and excerpt:
// one indexed range of the clinic's current delivery rows, each carrying the summary rendered with it.
import type { Where } from 'payload'

import type { DeliveryRoute } from '../route'

import { decidingParamsOf, listPostsParams, type ListPostsParams } from '../params'
import { problem } from '../problem'
import { publicOrigin } from '../publicOrigin'
import { authorIdBySlug } from '../queries/authors'
import { postListPage } from '../queries/postListPage'
import { topicBySlug } from '../queries/topicBySlug'
import { searchConditionsOf } from '../readModel/indexedFieldsOf'
import { summariesOf } from '../readModel/summariesOf'

/**
 * RFC 8288 links to the first, previous, next and last pages, with the request's own filters and never its key, so
 * a client can page by following them.
 */
const paginationLinks = ({ page, totalPages, url }: { page: number; totalPages: number; url: URL }) => {
  const kept = decidingParamsOf(url).filter(([name]) => name !== 'page')
  const pageUrl = (number: number) => {
    const params = new URLSearchParams([...kept, ['page', String(number)]])
    return `<${publicOrigin()}/v1/posts?${params.toString()}>`
  }
  const last = Math.max(totalPages, 1)
  return [
    `${pageUrl(1)}; rel="first"`,
    ...(page > 1 ? [`${pageUrl(Math.min(page - 1, last))}; rel="prev"`] : []),
    ...(page < last ? [`${pageUrl(page + 1)}; rel="next"`] : []),
    `${pageUrl(last)}; rel="last"`,
  ].join(', ')
}

/** One page of summaries, each the JSON text it is stored as, and where the page is among all of them. */
type PostPage = { docs: string[]; hasNextPage: boolean; totalDocs: number; totalPages: number }

export const listPosts: DeliveryRoute<ListPostsParams, PostPage> = {
  load: async ({ clinic, delivery: { payload }, params: { author, limit, page, q, topic } }) => {
    const conditions: Where[] = []
    if (topic) {
      const found = await topicBySlug(payload, topic)
      if (!found) return problem.badParameter('topic', `there is no topic "${topic}"`)
      conditions.push({ topics: { equals: found.id } })
    }
    if (author) {
      const authorId = await authorIdBySlug({ clinicId: clinic.id, payload, slug: author })
      if (!authorId) return problem.badParameter('author', `this clinic has no author "${author}"`)
      conditions.push({ author: { equals: authorId } })
    }
    // Whole words, through the index on the rows' terms (searchConditionsOf): never a LIKE scan of the clinic.
    if (q) conditions.push(...searchConditionsOf(q))
    const { rows, ...position } = await postListPage({ clinicId: clinic.id, conditions, limit, page, payload })
    return { ...position, docs: await summariesOf({ clinic, payload, rows }) }
  },
  params: listPostsParams,
  // Joined as text: the summaries are stored as the JSON they are served as.
  serialize: ({ docs, hasNextPage, totalDocs, totalPages }, { params: { limit, page }, url }) => ({
    body: `{"docs":[${docs.join(',')}],"hasNextPage":${hasNextPage},"limit":${limit},"page":${page},"totalDocs":${totalDocs},"totalPages":${totalPages}}`,
    contentType: 'application/json; charset=utf-8',
    headers: { Link: paginationLinks({ page, totalPages, url }) },
  }),
}

// GET /v1/posts — the clinic's published posts, newest first, by topic, author or words in the title and excerpt:
// one indexed range of the clinic's current delivery rows, each carrying the summary rendered with it.
import type { Where } from 'payload'

import type { RouteFill } from '../route'

import { decidingParamsOf, listPostsParams, parseParams } from '../params'
import { problem } from '../problem'
import { publicOrigin } from '../publicOrigin'
import { topicBySlug } from '../queries/topicBySlug'
import { currentRowsOf, deliveryDocuments } from '../readModel/deliveryRows'
import { searchConditionsOf } from '../readModel/indexedFieldsOf'
import { summariesOf, type SummaryRow, summaryRowSelect } from '../readModel/summariesOf'

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

export const listPosts: RouteFill = async ({ clinic, delivery: { payload }, url }) => {
  const parsed = parseParams(listPostsParams, url)
  if ('problem' in parsed) return parsed.problem
  const { author, limit, page, q, topic } = parsed.data
  const conditions: Where[] = []
  if (topic) {
    const found = await topicBySlug(payload, topic)
    if (!found) return problem.badParameter('topic', `there is no topic "${topic}"`)
    conditions.push({ topics: { equals: found.id } })
  }
  if (author) {
    const { docs } = await payload.find({
      collection: 'authors',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      select: {},
      where: { and: [{ clinic: { equals: clinic.id } }, { slug: { equals: author } }] },
    })
    if (!docs[0]) return problem.badParameter('author', `this clinic has no author "${author}"`)
    conditions.push({ author: { equals: docs[0].id } })
  }
  // Whole words, through the index on the rows' terms (searchConditionsOf): never a LIKE scan of the clinic.
  if (q) conditions.push(...searchConditionsOf(q))
  // The clinic key, not a user, decides what is visible: only the clinic's current rows are ever served.
  const result = await payload.find({
    collection: deliveryDocuments,
    depth: 0,
    limit,
    overrideAccess: true,
    page,
    select: summaryRowSelect,
    sort: ['-publishedAt', '-postCreatedAt'],
    where: currentRowsOf(clinic.id, ...conditions),
  })
  const docs = await summariesOf({ clinic, payload, rows: result.docs as SummaryRow[] })
  // Joined as text: the summaries are stored as the JSON they are served as.
  const body = `{"docs":[${docs.join(',')}],"hasNextPage":${result.hasNextPage},"limit":${limit},"page":${page},"totalDocs":${result.totalDocs},"totalPages":${result.totalPages}}`
  return {
    body,
    contentType: 'application/json; charset=utf-8',
    headers: { Link: paginationLinks({ page, totalPages: result.totalPages, url }) },
  }
}

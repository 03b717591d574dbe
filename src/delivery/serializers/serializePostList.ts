import type { Rendered } from '@/delivery/route'

import { decidingParamsOf } from '@/delivery/params'
import { publicOrigin } from '@/delivery/publicOrigin'

/** One page of summaries, each the JSON text it is stored as, and where the page is among all of them. */
export type PostListPage = {
  docs: string[]
  hasNextPage: boolean
  limit: number
  page: number
  totalDocs: number
  totalPages: number
}

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

/** GET /v1/posts's answer to `url`: the page, joined as text (the summaries are stored as the JSON they are served as). */
export const serializePostList = (
  { docs, hasNextPage, limit, page, totalDocs, totalPages }: PostListPage,
  url: URL,
): Rendered => ({
  body: `{"docs":[${docs.join(',')}],"hasNextPage":${hasNextPage},"limit":${limit},"page":${page},"totalDocs":${totalDocs},"totalPages":${totalPages}}`,
  contentType: 'application/json; charset=utf-8',
  headers: { Link: paginationLinks({ page, totalPages, url }) },
})

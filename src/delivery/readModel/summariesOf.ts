// Post summaries for lists, feeds and related posts, read from delivery rows: each row's stored summary, or, for
// a row whose author, topics or image changed since it was rendered, the summary rendered live from the post.
import type { Payload } from 'payload'

import type { PostSummary } from '@/delivery/openapi/schemas'
import type { Clinic } from '@/payload-types'

import { publishedPostsOf, summaryPopulate, summarySelect } from '@/delivery/queries/publishedPosts'
import { serializePostSummary } from '@/delivery/serializers/serializePostSummary'
import { siteAddressesOf } from '@/delivery/siteAddresses'

import { freshnessSelect, type RowFreshness, staleRowIds } from './freshness'

export type SummaryRow = RowFreshness & { post: string; summary: string }

/** What a summary read selects of a row. */
export const summaryRowSelect = { ...freshnessSelect, post: true, summary: true } as const

/** The summaries as JSON text, in the rows' order, ready to join into a response body. */
export const summariesOf = async ({
  clinic,
  payload,
  rows,
}: {
  clinic: Clinic
  payload: Payload
  rows: SummaryRow[]
}): Promise<string[]> => {
  const stale = await staleRowIds({ isSummaryOnly: true, now: new Date(), payload, rows })
  const live = new Map<string, PostSummary>()
  const staleRows = rows.filter((row) => stale.has(row.id))
  if (staleRows.length) {
    const { docs } = await payload.find({
      collection: 'posts',
      depth: 1,
      limit: staleRows.length,
      overrideAccess: true,
      pagination: false,
      populate: summaryPopulate,
      select: summarySelect,
      where: publishedPostsOf(clinic.id, { id: { in: staleRows.map((row) => row.post) } }),
    })
    const site = siteAddressesOf(clinic)
    for (const doc of docs) live.set(String(doc.id), serializePostSummary(doc, site))
  }
  return rows.flatMap((row) => {
    if (!stale.has(row.id)) return [row.summary]
    const summary = live.get(row.post)
    return summary ? [JSON.stringify(summary)] : []
  })
}

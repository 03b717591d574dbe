// One page of GET /v1/posts: one indexed range of the clinic's current delivery rows, newest first, each carrying
// the summary rendered with it.
import type { Payload, Where } from 'payload'

import { currentRowsOf, deliveryDocuments } from '@/delivery/readModel/deliveryRows'
import { type SummaryRow, summaryRowSelect } from '@/delivery/readModel/summariesOf'

export const postListPage = async ({
  clinicId,
  conditions,
  limit,
  page,
  payload,
}: {
  clinicId: string
  conditions: Where[]
  limit: number
  page: number
  payload: Payload
}) => {
  // The clinic key, not a user, decides what is visible: only the clinic's current rows are ever served.
  const result = await payload.find({
    collection: deliveryDocuments,
    depth: 0,
    limit,
    overrideAccess: true,
    page,
    select: summaryRowSelect,
    sort: ['-publishedAt', '-postCreatedAt'],
    where: currentRowsOf(clinicId, ...conditions),
  })
  const { hasNextPage, totalDocs, totalPages } = result
  return { hasNextPage, rows: result.docs as SummaryRow[], totalDocs, totalPages }
}

// Related posts, read when the article is: the three newest live posts of the clinic sharing a topic with it,
// from the summary rows. Read, not stored, because another post's publish changes them: rendering them into the
// article would make every publish re-render every post of its topics.
import type { Payload } from 'payload'

import type { SummaryRow } from './summariesOf'

import { currentRowsOf, deliveryDocuments } from './deliveryRows'
import { summariesOf, summaryRowSelect } from './summariesOf'

export const relatedCount = 3

export const relatedSummaries = async ({
  clinicId,
  payload,
  postId,
  topicIds,
}: {
  clinicId: string
  payload: Payload
  postId: string
  topicIds: string[]
}): Promise<string[]> => {
  if (!topicIds.length) return []
  const { docs } = await payload.find({
    collection: deliveryDocuments,
    depth: 0,
    limit: relatedCount,
    overrideAccess: true,
    pagination: false,
    select: summaryRowSelect,
    sort: '-publishedAt',
    where: currentRowsOf(clinicId, { post: { not_equals: postId } }, { topics: { in: topicIds } }),
  })
  return summariesOf({ clinicId, payload, rows: docs as SummaryRow[] })
}

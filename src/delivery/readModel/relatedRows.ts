// Related posts, read when the article is: the three newest live posts of the clinic sharing a topic with it (among
// its newest relatedWindow), from the summary rows. Read, not stored, because another post's publish changes them:
// rendering them into the article would make every publish re-render every post of its topics.
import type { Payload } from 'payload'

import type { Clinic } from '@/payload-types'

import type { SummaryRow } from './summariesOf'

import { currentRowsOf, deliveryDocuments } from './deliveryRows'
import { summariesOf, summaryRowSelect } from './summariesOf'

export const relatedCount = 3

/**
 * How many of the clinic's newest posts related ones are looked for among. A query for "newest rows sharing a topic"
 * joins each row's topics and must sort every match (the whole clinic for a common topic): about 60 ms at 2,000
 * posts, growing with the clinic. The newest rows are one indexed range instead, whatever the clinic's size.
 */
export const relatedWindow = 50

export const relatedSummaries = async ({
  clinic,
  payload,
  postId,
  topicIds,
}: {
  clinic: Clinic
  payload: Payload
  postId: string
  topicIds: string[]
}): Promise<string[]> => {
  if (!topicIds.length) return []
  const topics = new Set(topicIds)
  const { docs } = await payload.find({
    collection: deliveryDocuments,
    depth: 0,
    limit: relatedWindow,
    overrideAccess: true,
    pagination: false,
    select: { ...summaryRowSelect, topics: true },
    sort: '-publishedAt',
    where: currentRowsOf(clinic.id, { post: { not_equals: postId } }),
  })
  const rows = docs
    .filter((row) => (row.topics ?? []).some((topic) => topics.has(topic)))
    .slice(0, relatedCount) as SummaryRow[]
  return summariesOf({ clinic, payload, rows })
}

// Whole articles as /v1 serves them, from the clinic's current delivery rows: each row's stored article when it is
// fresh, else the article rendered from the live post now (a row stale since a change to what it shows, of an
// older shape, or missing because the backfill has not reached it). The article route and the feeds read them here.
import type { Payload } from 'payload'

import type { Clinic, DeliveryDocument } from '@/payload-types'

import { currentRowsOf, deliveryDocuments } from './deliveryRows'
import { freshnessSelect, staleRowIds } from './freshness'
import { indexedFieldsOf } from './indexedFieldsOf'
import { loadLivePost } from './loadLivePost'
import { renderDeliveryDocuments } from './renderDeliveryDocuments'

/** An article as JSON text, with what finding its related posts needs. */
export type ArticleSource = { article: string; postId: string; topicIds: string[] }

const articleSelect = { ...freshnessSelect, article: true, post: true, slug: true, topics: true } as const

type ArticleRow = Pick<DeliveryDocument, 'article' | 'id' | 'post' | 'renderedAt' | 'slug' | 'topics'> &
  Partial<Pick<DeliveryDocument, 'dependsOn' | 'renderVersion' | 'validUntil'>>

/** The article as the live post renders now; null when no live post of the clinic has this slug. */
const renderLive = async (payload: Payload, clinic: Clinic, slug: string): Promise<ArticleSource | null> => {
  const inputs = await loadLivePost({ clinic, payload, where: { slug: { equals: slug } } })
  if (!inputs) return null
  const now = new Date()
  const { article } = renderDeliveryDocuments(inputs.post, { ...inputs, clinic, now })
  const { topics } = indexedFieldsOf(inputs, clinic, now)
  return { article: JSON.stringify(article), postId: String(inputs.post.id), topicIds: topics }
}

const sourcesOf = async (payload: Payload, clinic: Clinic, rows: ArticleRow[]) => {
  const stale = await staleRowIds({ now: new Date(), payload, rows })
  return Promise.all(
    rows.map((row) =>
      stale.has(row.id)
        ? renderLive(payload, clinic, row.slug)
        : { article: row.article, postId: row.post, topicIds: row.topics ?? [] },
    ),
  )
}

/** The article of this slug, or null when the clinic has no published post with it. */
export const currentArticle = async ({
  clinic,
  payload,
  slug,
}: {
  clinic: Clinic
  payload: Payload
  slug: string
}): Promise<ArticleSource | null> => {
  const { docs } = await payload.find({
    collection: deliveryDocuments,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: articleSelect,
    // Two overlapping renders on different instances may both leave a row current for a moment: the newest counts.
    sort: '-renderedAt',
    where: currentRowsOf(clinic.id, { slug: { equals: slug } }),
  })
  const [row] = docs as ArticleRow[]
  return row ? (await sourcesOf(payload, clinic, [row]))[0] : renderLive(payload, clinic, slug)
}

/** The clinic's newest articles, newest first. */
export const newestArticles = async ({
  clinic,
  limit,
  payload,
}: {
  clinic: Clinic
  limit: number
  payload: Payload
}): Promise<ArticleSource[]> => {
  const { docs } = await payload.find({
    collection: deliveryDocuments,
    depth: 0,
    limit,
    overrideAccess: true,
    pagination: false,
    select: articleSelect,
    sort: ['-publishedAt', '-postCreatedAt'],
    where: currentRowsOf(clinic.id),
  })
  return (await sourcesOf(payload, clinic, docs as ArticleRow[])).filter((source) => source !== null)
}

// GET /v1/posts/:slug — a whole article: rendered body with numbered citations, AMA references, approved claims,
// author, medical reviewer, clinic details, related posts and schema.org JSON-LD. Read from the delivery row
// rendered when the post or something it shows last changed; an unpublished post is a 404, exactly like a
// missing one.
import type { Payload } from 'payload'

import type { Clinic, DeliveryDocument } from '../../payload-types'
import type { RouteFill } from '../route'

import { noParams, parseParams, slugPathParam } from '../params'
import { problem } from '../problem'
import { currentRowsOf, deliveryDocuments } from '../readModel/deliveryRows'
import { freshnessSelect, staleRowIds } from '../readModel/freshness'
import { indexedFieldsOf } from '../readModel/indexedFieldsOf'
import { loadLivePost } from '../readModel/loadLivePost'
import { relatedSummaries } from '../readModel/relatedRows'
import { renderDeliveryDocuments } from '../readModel/renderDeliveryDocuments'

const notFound = () => problem.notFound('This clinic has no published post with this slug.')

/** The stored article's JSON has `"related":[]` exactly once at its top level (a string cannot hold it unescaped). */
const relatedSlot = '"related":[]'

type ArticleSource = { article: string; postId: string; topicIds: string[] }

/**
 * The article as the live post renders now: for a row that is stale (changed library, author, clinic, or a claim
 * past its re-review date) until the re-render job replaces it, and for a live post not rendered yet (a database
 * from before the read model, until the backfill reaches it).
 */
const renderLive = async (payload: Payload, clinic: Clinic, slug: string): Promise<ArticleSource | null> => {
  const inputs = await loadLivePost({ clinic, payload, where: { slug: { equals: slug } } })
  if (!inputs) return null
  const now = new Date()
  const { article } = renderDeliveryDocuments(inputs.post, { ...inputs, clinic, now })
  const { topics } = indexedFieldsOf(inputs, clinic, now)
  return { article: JSON.stringify(article), postId: String(inputs.post.id), topicIds: topics }
}

const currentRow = async (payload: Payload, clinicId: string, slug: string) => {
  const { docs } = await payload.find({
    collection: deliveryDocuments,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: { ...freshnessSelect, article: true, post: true, topics: true },
    // Two overlapping renders on different instances may both leave a row current for a moment: the newest counts.
    sort: '-renderedAt',
    where: currentRowsOf(clinicId, { slug: { equals: slug } }),
  })
  return docs[0] as DeliveryDocument | undefined
}

export const getPost: RouteFill = async ({ clinic, delivery: { payload }, pathParams, url }) => {
  const parsed = parseParams(noParams, url)
  if ('problem' in parsed) return parsed.problem
  if (!slugPathParam.safeParse(pathParams.slug).success) return notFound()
  const row = await currentRow(payload, clinic.id, pathParams.slug)
  const isFresh = row && !(await staleRowIds({ now: new Date(), payload, rows: [row] })).has(row.id)
  const source: ArticleSource | null =
    row && isFresh
      ? { article: row.article, postId: row.post, topicIds: row.topics ?? [] }
      : await renderLive(payload, clinic, pathParams.slug)
  if (!source) return notFound()
  const related = await relatedSummaries({ clinic, payload, ...source })
  return {
    body: source.article.replace(relatedSlot, `"related":[${related.join(',')}]`),
    contentType: 'application/json; charset=utf-8',
  }
}

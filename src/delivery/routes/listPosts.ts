// GET /v1/posts — the clinic's published posts, newest first, by topic, author or words in the title and excerpt.
import type { Where } from 'payload'

import type { RouteFill } from '../route'

import { listPostsParams, parseParams } from '../params'
import { problem } from '../problem'
import { publishedPostsOf, summaryPopulate, summarySelect } from '../queries/publishedPosts'
import { json } from '../route'
import { serializePostSummary } from '../serializers/serializePostSummary'

export const listPosts: RouteFill = async ({ clinic, delivery: { payload }, url }) => {
  const parsed = parseParams(listPostsParams, url)
  if ('problem' in parsed) return parsed.problem
  const { author, limit, page, q, topic } = parsed.data
  const conditions: Where[] = []
  if (topic) {
    const { docs } = await payload.find({
      collection: 'topics',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      select: {},
      where: { slug: { equals: topic } },
    })
    if (!docs[0]) return problem.badParameter('topic', `there is no topic "${topic}"`)
    conditions.push({ topics: { in: [docs[0].id] } })
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
  if (q) conditions.push({ or: [{ title: { like: q } }, { excerpt: { like: q } }] })
  // The clinic key, not a user, decides what is visible: publishedPostsOf is that rule.
  const result = await payload.find({
    collection: 'posts',
    depth: 1,
    limit,
    overrideAccess: true,
    page,
    populate: summaryPopulate,
    select: summarySelect,
    sort: ['-publishedAt', '-createdAt'],
    where: publishedPostsOf(clinic.id, ...conditions),
  })
  return json({
    docs: result.docs.map(serializePostSummary),
    hasNextPage: result.hasNextPage,
    limit,
    page,
    totalDocs: result.totalDocs,
    totalPages: result.totalPages,
  })
}

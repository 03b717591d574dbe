// GET /v1/topics — the network's topics with how many of this clinic's published posts each has.
import type { RouteFill } from '../route'

import { noParams, parseParams } from '../params'
import { publishedPostsOf } from '../queries/publishedPosts'
import { json } from '../route'
import { serializeTopic } from '../serializers/serializePostSummary'

export const listTopics: RouteFill = async ({ clinic, delivery: { payload }, url }) => {
  const parsed = parseParams(noParams, url)
  if ('problem' in parsed) return parsed.problem
  const { docs } = await payload.find({
    collection: 'topics',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'name',
  })
  const counted = await Promise.all(
    docs.map(async (topic) => ({
      ...serializeTopic(topic),
      description: topic.description ?? null,
      postCount: (
        await payload.count({
          collection: 'posts',
          overrideAccess: true,
          where: publishedPostsOf(clinic.id, { topics: { in: [topic.id] } }),
        })
      ).totalDocs,
    })),
  )
  return json({ docs: counted })
}

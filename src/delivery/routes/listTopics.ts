// GET /v1/topics — the network's topics with how many of this clinic's published posts each has.
import type { Payload } from 'payload'

import type { Clinic, Topic } from '../../payload-types'
import type { RouteFill } from '../route'

import { noParams, parseParams } from '../params'
import { publishedPostsOf } from '../queries/publishedPosts'
import { json } from '../route'
import { serializeTopic } from '../serializers/serializePostSummary'
import { siteAddressesOf } from '../siteAddresses'

/** A topic as sites list it: its name, slug, description and the clinic's count of published posts in it. */
export const countedTopic = async (payload: Payload, clinic: Clinic, topic: Topic) => ({
  ...serializeTopic(topic, siteAddressesOf(clinic)),
  description: topic.description ?? null,
  postCount: (
    await payload.count({
      collection: 'posts',
      overrideAccess: true,
      where: publishedPostsOf(clinic.id, { topics: { in: [topic.id] } }),
    })
  ).totalDocs,
})

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
  return json({ docs: await Promise.all(docs.map((topic) => countedTopic(payload, clinic, topic))) })
}

// GET /v1/topics/:slug — one topic with how many of this clinic's published posts it has (its posts are
// /v1/posts?topic=<slug>).
import type { Topic } from '../../payload-types'
import type { SlugRoute } from '../route'

import { noParams, type NoParams } from '../params'
import { countPublishedPosts } from '../queries/publishedPosts'
import { topicBySlug } from '../queries/topicBySlug'
import { json } from '../route'
import { serializeCountedTopic } from '../serializers/serializeCountedTopic'
import { siteAddressesOf } from '../siteAddresses'

export const getTopic: SlugRoute<NoParams, { postCount: number; topic: Topic }> = {
  load: async ({ clinic, delivery: { payload }, slug }) => {
    const topic = await topicBySlug(payload, slug)
    if (!topic) return undefined
    const postCount = await countPublishedPosts({ clinicId: clinic.id, payload, where: { topics: { in: [topic.id] } } })
    return { postCount, topic }
  },
  notFound: 'There is no topic with this slug.',
  params: noParams,
  serialize: ({ postCount, topic }, { clinic }) =>
    json(serializeCountedTopic(topic, postCount, siteAddressesOf(clinic))),
}

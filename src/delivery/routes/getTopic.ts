// GET /v1/topics/:slug — one topic with how many of this clinic's published posts it has (its posts are
// /v1/posts?topic=<slug>).
import type { SlugRoute } from '@/delivery/route'
import type { Topic } from '@/payload-types'

import { noParams, type NoParams } from '@/delivery/params'
import { countPublishedPosts } from '@/delivery/queries/publishedPosts'
import { topicBySlug } from '@/delivery/queries/topicBySlug'
import { json } from '@/delivery/route'
import { serializeCountedTopic } from '@/delivery/serializers/serializeCountedTopic'
import { siteAddressesOf } from '@/delivery/siteAddresses'

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

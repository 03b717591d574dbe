// GET /v1/topics — the network's topics with how many of this clinic's published posts each has.
import type { DeliveryRoute } from '@/delivery/route'
import type { Topic } from '@/payload-types'

import { noParams, type NoParams } from '@/delivery/params'
import { countPublishedPosts } from '@/delivery/queries/publishedPosts'
import { topicsByName } from '@/delivery/queries/topicsByName'
import { json } from '@/delivery/route'
import { serializeCountedTopic } from '@/delivery/serializers/serializeCountedTopic'
import { siteAddressesOf } from '@/delivery/siteAddresses'

export const listTopics: DeliveryRoute<NoParams, { postCount: number; topic: Topic }[]> = {
  load: async ({ clinic, delivery: { payload } }) =>
    Promise.all(
      (await topicsByName(payload)).map(async (topic) => ({
        postCount: await countPublishedPosts({ clinicId: clinic.id, payload, where: { topics: { in: [topic.id] } } }),
        topic,
      })),
    ),
  params: noParams,
  serialize: (counted, { clinic }) => {
    const site = siteAddressesOf(clinic)
    return json({ docs: counted.map(({ postCount, topic }) => serializeCountedTopic(topic, postCount, site)) })
  },
}

// GET /v1/topics — the network's topics with how many of this clinic's published posts each has.
import type { Topic } from '../../payload-types'
import type { DeliveryRoute } from '../route'

import { noParams, type NoParams } from '../params'
import { countPublishedPosts } from '../queries/publishedPosts'
import { topicsByName } from '../queries/topicsByName'
import { json } from '../route'
import { serializeCountedTopic } from '../serializers/serializeCountedTopic'
import { siteAddressesOf } from '../siteAddresses'

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

import type { SiteAddresses } from '@/delivery/siteAddresses'
import type { Topic } from '@/payload-types'

import { serializeTopic } from './serializePostSummary'

/** A topic as sites list it: its name, slug, address, description and the clinic's count of published posts in it. */
export const serializeCountedTopic = (
  topic: Pick<Topic, 'description' | 'name' | 'slug'>,
  postCount: number,
  site: SiteAddresses,
) => ({
  ...serializeTopic(topic, site),
  description: topic.description ?? null,
  postCount,
})

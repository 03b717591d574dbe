import type { Payload } from 'payload'

import type { Topic } from '@/payload-types'

/** Every topic of the network by name: topics are shared by every clinic. */
export const topicsByName = async (payload: Payload): Promise<Topic[]> => {
  const { docs } = await payload.find({
    collection: 'topics',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'name',
  })
  return docs
}

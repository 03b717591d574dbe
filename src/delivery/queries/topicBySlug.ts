import type { Payload } from 'payload'

import type { Topic } from '@/payload-types'

/** The network's topic with this slug, or undefined: topics are shared by every clinic. */
export const topicBySlug = async (payload: Payload, slug: string): Promise<Topic | undefined> => {
  const { docs } = await payload.find({
    collection: 'topics',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { slug: { equals: slug } },
  })
  return docs[0]
}

import type { PayloadRequest } from 'payload'

import { slugify } from '@/utilities/slugify'

/** WordPress categories as the network's topics, where a topic of that name exists; topics are the editors' to create. */
export const matchTopics = async ({
  categories,
  req,
}: {
  categories: string[]
  req: PayloadRequest
}): Promise<{ ids: string[]; unmatched: string[] }> => {
  const slugs = categories.map((category) => slugify(category)).filter((slug): slug is string => Boolean(slug))
  if (!slugs.length) return { ids: [], unmatched: [] }
  const { docs } = await req.payload.find({
    collection: 'topics',
    depth: 0,
    limit: slugs.length,
    overrideAccess: false,
    pagination: false,
    req,
    user: req.user,
    where: { slug: { in: slugs } },
  })
  const found = new Set(docs.map((doc) => doc.slug))
  return {
    ids: docs.map((doc) => String(doc.id)),
    unmatched: categories.filter((category) => !found.has(slugify(category) ?? '')),
  }
}

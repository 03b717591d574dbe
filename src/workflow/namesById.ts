// The names of clinics or topics by id, read as the user may see them: how the admin's panels name what a post
// points at (its clinic, its topics) without a populated read of the whole post.
import type { PayloadRequest } from 'payload'

export const namesById = async ({
  collection,
  ids,
  req,
}: {
  collection: 'clinics' | 'topics'
  ids: string[]
  req: PayloadRequest
}): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const found = await req.payload.find({
    collection,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    select: { name: true },
    user: req.user,
    where: { id: { in: unique } },
  })
  return new Map(found.docs.map((doc) => [String(doc.id), doc.name]))
}

// Find-or-create by a natural key: the seed never duplicates, and never overwrites what people have edited since.
import type { CollectionSlug, Payload, Where } from 'payload'

import { seedContext } from '@/requestContext'

export type Ensured = { created: boolean; id: string }

type EnsureArgs = {
  collection: CollectionSlug
  data: Record<string, unknown>
  draft?: boolean
  /** For uploads: the file the document is created with. */
  file?: { data: Buffer; mimetype: string; name: string; size: number }
  payload: Payload
  /** Who the document is created as, for hooks that record a proposer. */
  user?: { id: string } & Record<string, unknown>
  where: Where
}

export const ensure = async ({ collection, data, draft, file, payload, user, where }: EnsureArgs): Promise<Ensured> => {
  // The seed builds the demo network as its owner; access rules are exercised by the tests, not here.
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    trash: true,
    where,
  })
  const [existing] = docs
  if (existing) return { created: false, id: String(existing.id) }
  const created = await payload.create({
    collection,
    context: seedContext(),
    data: data as never,
    depth: 0,
    draft,
    file,
    overrideAccess: true,
    user: user ? { ...user, collection: 'users' } : undefined,
  } as Parameters<Payload['create']>[0])
  return { created: true, id: String(created.id) }
}

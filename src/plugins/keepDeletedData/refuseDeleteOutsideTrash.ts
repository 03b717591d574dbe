import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

/**
 * A permanent delete is the trash being emptied: a document must be in the trash first. Admin forms that delete
 * "permanently" and API clients sending `DELETE` straight away get a 409 saying so, and nothing is removed.
 */
export const refuseDeleteOutsideTrash: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const doc = await req.payload.db.findOne<{ deletedAt?: null | string; id: number | string }>({
    collection: collection.slug,
    req,
    where: { id: { equals: id } },
  })
  if (!doc || doc.deletedAt) return
  throw new APIError(
    `This ${collection.labels?.singular ?? 'document'} is not in the trash. Move it to the trash first; deleting it from the trash removes it for good.`,
    409,
    { field: 'deletedAt' },
    true,
  )
}

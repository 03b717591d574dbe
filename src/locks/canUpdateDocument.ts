import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * Whether the request's user may update one document, asked of the collection's own `update` access (with the
 * multi-tenant plugin's clinic constraint in it), without running an update.
 */
export const canUpdateDocument = async ({
  collection,
  id,
  req,
}: {
  collection: string
  id: number | string
  req: PayloadRequest
}): Promise<boolean> => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  const access = config?.access?.update
  if (!config || !access) return false
  const result = (await access({ id: String(id), req })) as boolean | Where
  if (typeof result === 'boolean') return result
  // overrideAccess: the user's constraint is applied by hand here, inside their own transaction (req).
  const { totalDocs } = await req.payload.count({
    collection: config.slug,
    overrideAccess: true,
    req,
    trash: Boolean(config.trash),
    where: { and: [{ id: { equals: id } }, result] },
  })
  return totalDocs > 0
}

// No data lost to a delete: a permanent delete only empties the trash, and never removes what other content needs.
import type { CollectionSlug, Plugin } from 'payload'

import type { FindUses } from './refuseDeleteWhileUsed'

import { refuseDeleteOutsideTrash } from './refuseDeleteOutsideTrash'
import { refuseDeleteWhileUsed } from './refuseDeleteWhileUsed'

type Options = { usedBy: Partial<Record<CollectionSlug, FindUses>> }

/**
 * For every collection with a trash: deleting a document that is not in the trash is refused (so an admin's
 * `DELETE` can no longer skip it), and a collection listed in `usedBy` also refuses to delete, even from the
 * trash, a document that other content still points at. Shaped like plugin-nested-docs: collections by slug.
 */
export const keepDeletedData =
  ({ usedBy }: Options): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (!collection.trash) return collection
      const findUses = usedBy[collection.slug as CollectionSlug]
      const guards = [refuseDeleteOutsideTrash, ...(findUses ? [refuseDeleteWhileUsed(findUses)] : [])]
      return {
        ...collection,
        hooks: { ...collection.hooks, beforeDelete: [...guards, ...(collection.hooks?.beforeDelete ?? [])] },
      }
    }),
  })

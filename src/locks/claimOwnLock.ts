import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { Forbidden, ValidationError } from 'payload'

import { isAdmin } from '@/access/roles'

import { canUpdateDocument } from './canUpdateDocument'

type LockData = {
  document?: null | { relationTo?: string; value?: unknown }
  globalSlug?: null | string
  user?: unknown
}

const idOf = (value: unknown): null | number | string => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/**
 * Edit locks made or taken over through the API (payload-locked-documents): always in the caller's own name,
 * and only on a document the caller may update, so nobody can lock a clinic out of its own post or act under
 * another user's name. The admin's form takes its locks through the database adapter, after opening the document.
 */
export const claimOwnLock: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user) return data
  const lock = { ...(originalDoc as LockData | undefined), ...(data as LockData) }
  if (lock.globalSlug) {
    if (!isAdmin(req.user)) throw new Forbidden(req.t)
  } else {
    const collection = lock.document?.relationTo
    const id = idOf(lock.document?.value)
    if (!collection || id === null)
      throw new ValidationError({
        collection: 'payload-locked-documents',
        errors: [{ message: 'Name the document to lock (relationTo and value).', path: 'document' }],
        req,
      })
    const exists =
      Boolean(req.payload.collections[collection as CollectionSlug]) &&
      (
        await req.payload.count({
          collection: collection as CollectionSlug,
          overrideAccess: true,
          req,
          trash: true,
          where: { id: { equals: id } },
        })
      ).totalDocs > 0
    if (!exists)
      throw new ValidationError({
        collection: 'payload-locked-documents',
        errors: [{ message: 'There is no such document to lock.', path: 'document' }],
        req,
      })
    if (!(await canUpdateDocument({ collection, id, req }))) throw new Forbidden(req.t)
  }
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

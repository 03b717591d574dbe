import type { Access } from 'payload'

import { isAdmin } from './roles'

/**
 * Delete access for collections with trash enabled. Payload asks delete access with `data.deletedAt`
 * set when a document is moved to the trash; `mayTrash` decides that. Emptying the trash (a permanent
 * delete) is for admins only, so nobody else can lose data for good.
 */
export const trashOnlyUnlessAdmin =
  (mayTrash: Access): Access =>
  (args) => {
    const isTrashing = Boolean(
      args.data && typeof args.data === 'object' && 'deletedAt' in args.data && args.data.deletedAt,
    )
    if (isTrashing) return mayTrash(args)
    return isAdmin(args.req.user)
  }

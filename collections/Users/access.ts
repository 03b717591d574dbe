import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminsOrSelf } from '@/access/adminsOrSelf'
import { colleaguesAndSelf } from '@/access/colleaguesAndSelf'
import { hasAnyRole } from '@/access/roles'
import { trashOnlyUnlessAdmin } from '@/access/trashOnlyUnlessAdmin'

/** Who may do what with accounts; payload.config.ts also hands these to the multi-tenant plugin for users. */
export const usersAccess: NonNullable<CollectionConfig['access']> = {
  admin: ({ req }) => hasAnyRole(req.user),
  create: adminOnly,
  delete: trashOnlyUnlessAdmin(adminOnly),
  read: colleaguesAndSelf,
  readVersions: adminOnly,
  unlock: adminOnly,
  update: adminsOrSelf,
}

import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../src/access/adminOnly'
import { adminsOrSelf } from '../../src/access/adminsOrSelf'
import { colleaguesAndSelf } from '../../src/access/colleaguesAndSelf'
import { hasAnyRole } from '../../src/access/roles'
import { trashOnlyUnlessAdmin } from '../../src/access/trashOnlyUnlessAdmin'

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

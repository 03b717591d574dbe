import type { Access } from 'payload'

import { hasAnyRole, isAdmin } from './roles'

/** Admins reach every user; anyone else only their own account. */
export const adminsOrSelf: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (!req.user || !hasAnyRole(req.user)) return false
  return { id: { equals: req.user.id } }
}

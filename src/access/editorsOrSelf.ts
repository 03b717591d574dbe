import type { Access } from 'payload'

import { hasAnyRole, isEditor } from './roles'

/** Editors and admins see every account (they review work across the network); others only their own. */
export const editorsOrSelf: Access = ({ req }) => {
  if (isEditor(req.user)) return true
  if (!req.user || !hasAnyRole(req.user)) return false
  return { id: { equals: req.user.id } }
}

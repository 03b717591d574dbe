import type { FieldAccess } from 'payload'

import { isAdmin } from './roles'

/** A field of an account that only its owner (and admins) may see and change: their own settings. */
export const selfOrAdminField: FieldAccess = ({ doc, id, req }) =>
  isAdmin(req.user) || (Boolean(req.user) && String(req.user?.id) === String(id ?? doc?.id))

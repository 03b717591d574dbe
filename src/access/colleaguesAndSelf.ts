import type { Access, Where } from 'payload'

import { hasAnyRole, isEditorOrAdmin } from './roles'

/**
 * Who can see which accounts. Editors and admins see everyone; a marketer sees their own account and the medical
 * editors (who review their posts, and whose names and credentials appear on every published article).
 */
export const colleaguesAndSelf: Access = ({ req }) => {
  if (isEditorOrAdmin(req.user)) return true
  if (!req.user || !hasAnyRole(req.user)) return false
  const visible: Where[] = [{ id: { equals: req.user.id } }, { roles: { in: ['editor'] } }]
  return { or: visible }
}

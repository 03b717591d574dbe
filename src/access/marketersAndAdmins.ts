import type { Access } from 'payload'

import { isAdmin, isMarketer } from './roles'

/**
 * Marketers and admins write clinic content. For clinic-scoped collections the multi-tenant plugin
 * narrows a marketer's result to their own clinics, so this rule never has to name a clinic.
 */
export const marketersAndAdmins: Access = ({ req }) => isAdmin(req.user) || isMarketer(req.user)

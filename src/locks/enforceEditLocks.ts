import type { CollectionBeforeOperationHook } from 'payload'

import { isAdmin } from '@/access/roles'

/**
 * Payload checks another user's fresh edit lock only when the caller passes `overrideLock: false`, which its REST
 * handlers do unless `?overrideLock=true` is asked for; GraphQL and the Local API (so every workflow action) pass
 * nothing and so skip the check. Here every update and delete made for a user checks it; only an admin may
 * override, and only by asking for it (REST `?overrideLock=true` or the Local API option). Work without a user
 * (scheduled publishing, seeds) keeps Payload's default.
 */
export const enforceEditLocks: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  if (!req.user) return args
  const isAsked = (args as { overrideLock?: unknown }).overrideLock === true
  return { ...args, overrideLock: isAdmin(req.user) && isAsked }
}

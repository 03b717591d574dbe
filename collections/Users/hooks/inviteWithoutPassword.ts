import type { CollectionBeforeValidateHook } from 'payload'

import crypto from 'node:crypto'

import type { User } from '@/payload-types'

import { isAdmin } from '@/access/roles'

/**
 * An account an admin creates with no password gets a random one that nobody ever sees, and is invited to choose its
 * own (hooks/queueInvitation): an admin never types, sends or knows a user's password. Anyone else (the first-user
 * screen, a script) still has to give a password, as Payload asks.
 */
export const inviteWithoutPassword: CollectionBeforeValidateHook<User> = ({ data, operation, req }) => {
  if (operation !== 'create' || !data || !isAdmin(req.user)) return data
  const record = data as Partial<User> & { password?: unknown }
  if (typeof record.password === 'string' && record.password !== '') return data
  if (typeof record.email !== 'string' || !record.email) return data
  // A plain key, shared by the copies Local API calls make of req.context: it grants nothing, it only sends mail.
  req.context.vettedInvitations = [...(req.context.vettedInvitations ?? []), record.email.toLowerCase().trim()]
  return { ...data, password: crypto.randomBytes(32).toString('base64url') }
}

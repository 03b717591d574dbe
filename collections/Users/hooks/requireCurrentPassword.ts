import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import type { User } from '@/payload-types'

import { verifyPassword } from '../auth/verifyPassword'

/**
 * Changing your own e-mail or password asks for the current password, so a stolen session (or a minute at an
 * unlocked screen) cannot take the account over. An admin setting another user's e-mail or password is not asked:
 * that is how accounts are recovered. Scripts without a user are not asked either.
 */
export const requireCurrentPassword: CollectionBeforeValidateHook<User> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !data || !originalDoc || !req.user) return data
  if (req.user.collection !== 'users' || String(req.user.id) !== String(originalDoc.id)) return data
  const record = data as Partial<User> & { currentPassword?: unknown; password?: unknown }
  const isChangingEmail =
    typeof record.email === 'string' && record.email.toLowerCase().trim() !== originalDoc.email.toLowerCase()
  const isChangingPassword = typeof record.password === 'string' && record.password !== ''
  if (!isChangingEmail && !isChangingPassword) return data

  const stored = await req.payload.db.findOne<{ hash?: string; id: number | string; salt?: string }>({
    collection: 'users',
    req,
    where: { id: { equals: originalDoc.id } },
  })
  const current = typeof record.currentPassword === 'string' ? record.currentPassword : ''
  const isCurrent =
    current !== '' && (await verifyPassword({ hash: stored?.hash, password: current, salt: stored?.salt }))
  if (!isCurrent)
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          message: current
            ? 'The current password is not right: enter your present password to change your e-mail or password.'
            : 'Enter your current password to change your e-mail or password.',
          path: 'currentPassword',
        },
      ],
      req,
    })
  return data
}

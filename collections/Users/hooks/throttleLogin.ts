import type { CollectionBeforeOperationHook } from 'payload'

import { chargeLogin } from '../auth/loginThrottle'
import { verifyPassword } from '../auth/verifyPassword'

const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

/**
 * Before every login (REST, GraphQL loginUser, Local API): charge the attempt to the throttle, and for an
 * e-mail no (untrashed) account has, spend the password hash Payload would spend on a real one, so the answer's
 * timing does not tell which e-mail addresses have accounts.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: unknown }).data
  const email = emailOf(data)
  await chargeLogin({ email, req })
  const password = (data as { password?: unknown } | undefined)?.password
  if (!email || typeof password !== 'string' || password.trim() === '') return args
  const account = await req.payload.db.findOne({
    collection: 'users',
    req,
    where: { and: [{ email: { equals: email } }, { deletedAt: { exists: false } }] },
  })
  if (!account) await verifyPassword({ password })
  return args
}

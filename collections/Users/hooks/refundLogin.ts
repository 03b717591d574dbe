import type { CollectionAfterOperationHook } from 'payload'

import { refundLogin as refund } from '../auth/loginThrottle'

/** A login that succeeded was no failure: its throttle charge (see throttleLogin) is given back. */
export const refundLogin: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'login') return result
  const email = (args as { data?: { email?: unknown } }).data?.email
  await refund({ email: typeof email === 'string' ? email.toLowerCase().trim() : '', req })
  return result
}

// Login throttling after rate-limiter-flexible's login-protection pattern: failures are counted per client
// address per day and per account+address in a row; neither ever locks the account itself.
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { clientAddressHeader } from './clientAddressHeader'

const numberFrom = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

/**
 * In memory, per process: enough for one instance; several instances behind a balancer each count their own.
 * The limits are read once, when the first login arrives.
 */
const limiters = () => {
  const perAddress = new RateLimiterMemory({
    blockDuration: 60 * 60,
    duration: 24 * 60 * 60,
    keyPrefix: 'login-fail-address-day',
    points: numberFrom(process.env.LOGIN_FAILURES_PER_ADDRESS_PER_DAY, 100),
  })
  // Short block: guessing one account from one address is slowed to a few tries a minute, while the owner,
  // signing in from their own address, is never locked out by failures coming from anyone else's.
  const perAccountAndAddress = new RateLimiterMemory({
    blockDuration: numberFrom(process.env.LOGIN_THROTTLE_SECONDS, 60),
    duration: 60 * 60,
    keyPrefix: 'login-fail-account-address',
    points: numberFrom(process.env.LOGIN_FAILURES_IN_A_ROW, 5),
  })
  return { perAccountAndAddress, perAddress }
}
let instance: ReturnType<typeof limiters> | undefined

const keysOf = (req: PayloadRequest, email: string) => {
  // Local API logins (scripts, first registration) carry no address: they share one key.
  const address = req.headers.get(clientAddressHeader) ?? 'local'
  return { account: `${email}|${address}`, address }
}

const tooMany = (req: PayloadRequest, msBeforeNext: number) => {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  req.responseHeaders = new Headers({ 'Retry-After': String(seconds) })
  return new APIError(
    `Too many failed sign-ins: wait ${seconds} seconds before trying again (or reset the password).`,
    429,
    { retryAfterSeconds: seconds },
    true,
  )
}

/**
 * Counts this attempt as a failure before it is made (so parallel guesses are counted too) and refuses it
 * with 429 and Retry-After once either limit is spent. `refundLogin` gives the points back on success.
 */
export const chargeLogin = async ({ email, req }: { email: string; req: PayloadRequest }): Promise<void> => {
  instance ??= limiters()
  const keys = keysOf(req, email)
  try {
    await Promise.all([instance.perAddress.consume(keys.address), instance.perAccountAndAddress.consume(keys.account)])
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooMany(req, error.msBeforeNext)
    throw error
  }
}

export const refundLogin = async ({ email, req }: { email: string; req: PayloadRequest }): Promise<void> => {
  instance ??= limiters()
  const keys = keysOf(req, email)
  await Promise.all([instance.perAddress.reward(keys.address, 1), instance.perAccountAndAddress.delete(keys.account)])
}

// Login throttling after rate-limiter-flexible's login-protection pattern: failures are counted per client
// address per day, per account+address in a row, and per account across all addresses; none ever locks the
// owner out of an address they have signed in from before.
import type { Payload, PayloadRequest } from 'payload'

import { APIError } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { createLimiter } from '@/redis/createLimiter'

import { clientAddressHeader } from './clientAddressHeader'

const numberFrom = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

// At most 24 days: the memory store (the default, and Redis's insurance) expires keys with setTimeout, which cannot
// wait longer.
const knownFor = 14 * 24 * 60 * 60

/**
 * Counted where createLimiter decides: per process by default (several instances behind a balancer each count
 * their own), in Redis for all instances with REDIS_URL. The limits are read once, when the first login arrives.
 */
const limiters = (logger: Payload['logger']) => {
  const perAddress = createLimiter({
    blockDuration: 60 * 60,
    duration: 24 * 60 * 60,
    keyPrefix: 'login-fail-address-day',
    logger,
    points: numberFrom(process.env.LOGIN_FAILURES_PER_ADDRESS_PER_DAY, 100),
  })
  // Short block: guessing one account from one address is slowed to a few tries a minute, while the owner,
  // signing in from their own address, is never locked out by failures coming from anyone else's.
  const perAccountAndAddress = createLimiter({
    blockDuration: numberFrom(process.env.LOGIN_THROTTLE_SECONDS, 60),
    duration: 60 * 60,
    keyPrefix: 'login-fail-account-address',
    logger,
    points: numberFrom(process.env.LOGIN_FAILURES_IN_A_ROW, 5),
  })
  // One account guessed from many addresses (a botnet, each address under its own limits): after this many
  // failures in an hour the account is closed to addresses it was never signed in from, for 15 minutes.
  const perAccount = createLimiter({
    blockDuration: 15 * 60,
    duration: 60 * 60,
    keyPrefix: 'login-fail-account-hour',
    logger,
    points: numberFrom(process.env.LOGIN_FAILURES_PER_ACCOUNT_PER_HOUR, 50),
  })
  // Addresses an account signed in from successfully in the last 14 days: exempt from `perAccount`.
  const knownAddresses = createLimiter({ duration: knownFor, keyPrefix: 'login-known-address', logger, points: 1 })
  return { knownAddresses, perAccount, perAccountAndAddress, perAddress }
}
let instance: ReturnType<typeof limiters> | undefined

const keysOf = (req: PayloadRequest, email: string) => {
  // Local API logins (scripts, first registration) carry no address: they share one key.
  const address = req.headers.get(clientAddressHeader) ?? 'local'
  return { account: email, accountAndAddress: `${email}|${address}`, address }
}

const tooMany = (req: PayloadRequest, msBeforeNext: number, reason: string) => {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  req.responseHeaders = new Headers({ 'Retry-After': String(seconds) })
  return new APIError(
    `Too many failed sign-ins ${reason}: wait ${seconds} seconds before trying again (or reset the password).`,
    429,
    { retryAfterSeconds: seconds },
    true,
  )
}

const consumeOrRefuse = async (req: PayloadRequest, reason: string, consume: () => Promise<unknown>) => {
  try {
    await consume()
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooMany(req, error.msBeforeNext, reason)
    throw error
  }
}

/**
 * Counts this attempt as a failure before it is made (so parallel guesses are counted too) and refuses it
 * with 429 and Retry-After once a limit is spent. `refundLogin` gives the points back on success.
 */
export const chargeLogin = async ({ email, req }: { email: string; req: PayloadRequest }): Promise<void> => {
  instance ??= limiters(req.payload.logger)
  const { knownAddresses, perAccount, perAccountAndAddress, perAddress } = instance
  const keys = keysOf(req, email)
  const isKnownAddress = email !== '' && (await knownAddresses.get(keys.accountAndAddress)) !== null
  await Promise.all([
    consumeOrRefuse(req, 'from this address', () => perAddress.consume(keys.address)),
    consumeOrRefuse(req, 'for this account from this address', () =>
      perAccountAndAddress.consume(keys.accountAndAddress),
    ),
    isKnownAddress
      ? undefined
      : consumeOrRefuse(req, 'for this account from many addresses', () => perAccount.consume(keys.account)),
  ])
}

export const refundLogin = async ({ email, req }: { email: string; req: PayloadRequest }): Promise<void> => {
  instance ??= limiters(req.payload.logger)
  const { knownAddresses, perAccount, perAccountAndAddress, perAddress } = instance
  const keys = keysOf(req, email)
  // An attempt from a known address was not charged to the account (see chargeLogin).
  const wasKnownAddress = (await knownAddresses.get(keys.accountAndAddress)) !== null
  await Promise.all([
    perAddress.reward(keys.address, 1),
    perAccountAndAddress.delete(keys.accountAndAddress),
    wasKnownAddress ? undefined : perAccount.reward(keys.account, 1),
    knownAddresses.set(keys.accountAndAddress, 1, knownFor),
  ])
}

// Who is asking: the clinic key from the request, checked and rate-limited. One function for both the cache-hit path
// and the express router, so a hit is refused exactly as a miss would be.
import type { IncomingMessage } from 'node:http'

import type { KeyRegistry, ResolvedKey } from './keys/keyRegistry'
import type { RateLimiter } from './rateLimit'

import { type Problem, problem } from './problem'

export type Admission =
  { headers: Record<string, string>; key: ResolvedKey } | { headers: Record<string, string>; problem: Problem }

/** `Authorization: Bearer <key>`; `?key=` too, for feed readers that cannot send headers. */
export const keyFromRequest = (req: IncomingMessage, url: URL): string | undefined => {
  const header = req.headers.authorization
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim()
  return url.searchParams.get('key') ?? undefined
}

const challenge = { 'WWW-Authenticate': 'Bearer realm="vetted-delivery"' }

export const admit = async ({
  keys,
  limit,
  secret,
  isCachedOnly = false,
}: {
  isCachedOnly?: boolean
  keys: KeyRegistry
  limit: RateLimiter
  secret: string | undefined
}): Promise<Admission | undefined> => {
  if (!secret)
    return {
      headers: challenge,
      problem: problem.unauthorized('Send your clinic key as "Authorization: Bearer <key>".'),
    }
  const key = isCachedOnly ? keys.peek(secret) : await keys.resolve(secret)
  if (key === undefined) return undefined
  if (key === null)
    return {
      headers: challenge,
      problem: problem.unauthorized('This key is not recognised. Ask your Vetted admin for a key.'),
    }
  if (key.isRevoked)
    return {
      headers: {},
      problem: problem.forbidden('This key has been revoked. Ask your Vetted admin for a new one.'),
    }
  const decision = await limit(key.id, key.rateLimitPerMinute)
  const headers = {
    'RateLimit-Limit': String(decision.limit),
    'RateLimit-Remaining': String(decision.remaining),
    'RateLimit-Reset': String(decision.resetSeconds),
  }
  if (!decision.isAllowed)
    return {
      headers: { ...headers, 'Retry-After': String(decision.resetSeconds) },
      problem: problem.tooManyRequests(decision.resetSeconds),
    }
  return { headers, key }
}

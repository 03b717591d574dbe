// Who is asking: the clinic key from the request, checked and rate-limited, and the page it came from. One function
// for both the cache-hit path and the express router, so a hit is refused (or let in) exactly as a miss would be.
import type { IncomingMessage } from 'node:http'

import type { CorsPolicy } from './cors'
import type { KeyRegistry, ResolvedKey } from './keys/keyRegistry'
import type { RateLimiter } from './rateLimit'

import { corsHeadersFor } from './cors'
import { type Problem, problem } from './problem'

export type Admission =
  { headers: Record<string, string>; key: ResolvedKey } | { headers: Record<string, string>; problem: Problem }

/** `Authorization: Bearer <key>` (the scheme in any case, RFC 9110); `?key=` too, for feed readers. */
export const keyFromRequest = (req: IncomingMessage, url: URL): string | undefined => {
  const header = req.headers.authorization
  if (header && /^bearer /i.test(header)) return header.slice('Bearer '.length).trim()
  return url.searchParams.get('key') ?? undefined
}

const challenge = { 'WWW-Authenticate': 'Bearer realm="vetted-delivery"' }

/** Whether a browser page at `origin` may read the answer: CORS headers when it may, none when it may not. */
const corsFor = async ({
  clinicId,
  cors,
  isCachedOnly,
  origin,
}: {
  clinicId?: string
  cors: CorsPolicy
  isCachedOnly: boolean
  origin: string | undefined
}): Promise<Record<string, string> | undefined> => {
  if (!origin) return {}
  const allowed = isCachedOnly ? cors.peekAllows(origin, clinicId) : await cors.allows(origin, clinicId)
  if (allowed === undefined) return undefined
  return allowed ? corsHeadersFor(origin) : {}
}

/**
 * Who is asking and whether they may: the key's clinic, its rate limit, and the CORS headers for the page it came
 * from. With `isCachedOnly`, undefined when that needs the database (the router then answers).
 */
export const admit = async ({
  cors,
  isCachedOnly = false,
  keys,
  limit,
  origin,
  secret,
}: {
  cors: CorsPolicy
  isCachedOnly?: boolean
  keys: KeyRegistry
  limit: RateLimiter
  /** The request's Origin header: set by browsers on cross-origin calls. */
  origin: string | undefined
  secret: string | undefined
}): Promise<Admission | undefined> => {
  const key = secret ? (isCachedOnly ? keys.peek(secret) : await keys.resolve(secret)) : null
  if (key === undefined) return undefined
  const allowCors = await corsFor({ clinicId: key?.clinicId, cors, isCachedOnly, origin })
  if (!allowCors) return undefined
  if (!secret)
    return {
      headers: { ...challenge, ...allowCors },
      problem: problem.unauthorized('Send your clinic key as "Authorization: Bearer <key>".'),
    }
  if (key === null)
    return {
      headers: { ...challenge, ...allowCors },
      problem: problem.unauthorized('This key is not recognised. Ask your Vetted admin for a key.'),
    }
  if (key.isRevoked)
    return {
      headers: allowCors,
      problem: problem.forbidden('This key has been revoked. Ask your Vetted admin for a new one.'),
    }
  const decision = await limit(key.id, key.rateLimitPerMinute)
  const headers = {
    ...allowCors,
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

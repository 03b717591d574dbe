// The delivery API's shared state in one instance: known keys, rendered responses, the clinics' sites for CORS,
// rate limits, and the watch on the delivery generation that drops the first three whenever content changes anywhere.
import type { Payload } from 'payload'

import { createResponseCache, type ResponseCache } from './cache/responseCache'
import { watchDeliveryGeneration, type WatchState } from './cache/watchDeliveryGeneration'
import { type CorsPolicy, createCorsPolicy } from './cors'
import { createKeyRegistry, type KeyRegistry } from './keys/keyRegistry'
import { decidingParamsOf } from './params'
import { createRateLimiter, type RateLimiter } from './rateLimit'

export type Delivery = {
  cache: ResponseCache
  cors: CorsPolicy
  keys: KeyRegistry
  limit: RateLimiter
  payload: Payload
  stop: () => void
  /** Which generation this instance's caches hold, and when it last read the database's. */
  watchState: () => WatchState
}

export const createDelivery = ({
  payload,
  pollIntervalMs,
}: {
  payload: Payload
  pollIntervalMs?: number
}): Delivery => {
  const keys = createKeyRegistry(payload)
  const cache = createResponseCache()
  const cors = createCorsPolicy(payload)
  const watcher = watchDeliveryGeneration({
    intervalMs: pollIntervalMs,
    onChange: () => {
      keys.flush()
      cache.flush()
      cors.flush()
    },
    payload,
  })
  return {
    cache,
    cors,
    keys,
    limit: createRateLimiter({ logger: payload.logger }),
    payload,
    stop: watcher.stop,
    watchState: watcher.state,
  }
}

/** One cache entry per clinic and request: the path and its parameters in a stable order, without the key. */
export const cacheKeyOf = (clinicId: string, url: URL): string => {
  const params = decidingParamsOf(url).sort(([a], [b]) => a.localeCompare(b))
  return `${clinicId} ${url.pathname}?${new URLSearchParams(params).toString()}`
}

// Where rate limits are counted: the one decision every limiter in Vetted goes through. In this process's memory
// by default; in Redis when REDIS_URL is set, so all instances count together.
import type { Payload } from 'payload'

import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible'

import { redisCommands, redisKey } from './redisConnections'

export type LimiterOptions = {
  /** Seconds a key stays refused once it has spent its points (none: until the window ends). */
  blockDuration?: number
  /** The window, in seconds. */
  duration: number
  /** Names this limiter's counters; limiters with the same prefix and points share them. */
  keyPrefix: string
  logger: Payload['logger']
  points: number
}

export type Limiter = RateLimiterMemory | RateLimiterRedis

export const createLimiter = ({ logger, ...options }: LimiterOptions): Limiter => {
  const memory = new RateLimiterMemory(options)
  const client = redisCommands(logger)
  if (!client) return memory
  return new RateLimiterRedis({
    ...options,
    // Redis away (down, unreachable, slow past the command timeout) never blocks or refuses a request: the
    // in-memory limiter answers instead, counting this instance alone until Redis is back.
    insuranceLimiter: memory,
    keyPrefix: redisKey(options.keyPrefix),
    rejectIfRedisNotReady: true,
    storeClient: client,
  })
}

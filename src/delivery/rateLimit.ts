// Requests per minute per key (rate-limiter-flexible), counted where createLimiter decides: in this instance's memory
// (N instances behind a balancer let a key reach N times its limit) or, with REDIS_URL, in Redis for all instances.
// The CDN in front is the first line, this is the backstop.
import type { Payload } from 'payload'

import { RateLimiterRes } from 'rate-limiter-flexible'

import { createLimiter, type Limiter } from '@/redis/createLimiter'
import { redisCommands } from '@/redis/redisConnections'

export type RateDecision = { isAllowed: boolean; limit: number; remaining: number; resetSeconds: number }

export type RateLimiter = (keyId: string, limitPerMinute: number) => Promise<RateDecision>

export const createRateLimiter = ({ logger }: { logger: Payload['logger'] }): RateLimiter => {
  // One limiter per limit, all on one set of counters: a key whose limit changes keeps the count it has.
  const limiters = new Map<number, Limiter>()
  // Connect now rather than at the first request: until Redis is ready, requests are counted in memory.
  redisCommands(logger)
  const limiterFor = (points: number) => {
    let limiter = limiters.get(points)
    if (!limiter)
      limiters.set(points, (limiter = createLimiter({ duration: 60, keyPrefix: 'delivery-key', logger, points })))
    return limiter
  }
  return async (keyId, limit) => {
    const decide = (result: RateLimiterRes, isAllowed: boolean): RateDecision => ({
      isAllowed,
      limit,
      remaining: Math.max(0, result.remainingPoints),
      resetSeconds: Math.ceil(result.msBeforeNext / 1000),
    })
    try {
      return decide(await limiterFor(limit).consume(keyId), true)
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return decide(rejection, false)
      throw rejection
    }
  }
}

// Requests per minute per key, counted in this instance's memory (rate-limiter-flexible). With N instances behind a
// balancer a key can reach N times its limit; the CDN in front is the first line, this is the backstop.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

export type RateDecision = { isAllowed: boolean; limit: number; remaining: number; resetSeconds: number }

export type RateLimiter = (keyId: string, limitPerMinute: number) => Promise<RateDecision>

export const createRateLimiter = (): RateLimiter => {
  const limiters = new Map<number, RateLimiterMemory>()
  const limiterFor = (points: number) => {
    let limiter = limiters.get(points)
    if (!limiter) limiters.set(points, (limiter = new RateLimiterMemory({ duration: 60, points })))
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

// The one rule for where rate limits are counted (src/redis/createLimiter): in memory without REDIS_URL, in Redis
// with it, and in memory again, without refusing or delaying anyone, while Redis is away.
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { RateLimiterRes } from 'rate-limiter-flexible'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { createLimiter } from '@/redis/createLimiter'
import { closeRedis, redisCommands } from '@/redis/redisConnections'

import type { RedisServer } from '../../helpers/redisServer'

import { startRedisServer } from '../../helpers/redisServer'

type Logged = { level: string; msg: string }

/** Payload's logger as far as the Redis code uses it, recording what it is told. */
const recordingLogger = () => {
  const logged: Logged[] = []
  const record = (level: string) => (entry: string | { msg: string }) =>
    logged.push({ level, msg: typeof entry === 'string' ? entry : entry.msg })
  const logger = { error: record('error'), info: record('info'), warn: record('warn') }
  return { logged, logger: logger as unknown as Payload['logger'] }
}

/** How many of `attempts` consumes, spread over `limiters` in turn, are allowed. */
const allowedOf = async (limiters: ReturnType<typeof createLimiter>[], key: string, attempts: number) => {
  let allowed = 0
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await limiters[attempt % limiters.length].consume(key)
      allowed++
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
    }
  }
  return allowed
}

/** Until Redis is ready, limiters answer from memory (as at start-up): wait, so the test counts in Redis. */
const untilReady = async (logger: Payload['logger']) => {
  const client = redisCommands(logger)
  if (client && client.status !== 'ready') await new Promise((resolve) => client.once('ready', resolve))
}

let redis: RedisServer

beforeAll(async () => {
  redis = await startRedisServer()
})

afterEach(async () => {
  await closeRedis()
  delete process.env.REDIS_URL
  delete process.env.REDIS_KEY_PREFIX
})

afterAll(async () => redis?.kill())

const useRedis = (url: string) => {
  process.env.REDIS_URL = url
  // A prefix of its own, so runs sharing a Redis never count each other's attempts.
  process.env.REDIS_KEY_PREFIX = `vetted-test:${randomUUID()}:`
}

describe('where rate limits are counted', () => {
  it('counts each instance on its own without REDIS_URL', async () => {
    // Setup: two limiters as two instances would create them
    const { logger } = recordingLogger()
    const instances = [1, 2].map(() => createLimiter({ duration: 60, keyPrefix: 'test', logger, points: 3 }))
    // Action
    const allowed = await allowedOf(instances, 'key-1', 8)
    // Assert: each allowed its own 3
    expect(allowed).toBe(6)
  })

  it('counts all instances together in Redis with REDIS_URL', async () => {
    // Setup
    useRedis(redis.url)
    const { logger } = recordingLogger()
    const instances = [1, 2].map(() => createLimiter({ duration: 60, keyPrefix: 'test', logger, points: 3 }))
    await untilReady(logger)
    // Action
    const allowed = await allowedOf(instances, 'key-1', 8)
    // Assert
    expect(allowed).toBe(3)
  })

  it('answers from memory at once while Redis is down, logs it once, and counts in Redis again when it is back', async () => {
    // Setup: a Redis of this test's own, shared by two instances' limiters
    const own = await startRedisServer()
    useRedis(own.url)
    const { logged, logger } = recordingLogger()
    const instances = [1, 2].map(() => createLimiter({ duration: 60, keyPrefix: 'test', logger, points: 3 }))
    await untilReady(logger)
    // Action: Redis dies
    await own.kill()
    await new Promise((resolve) => setTimeout(resolve, 300))
    const started = Date.now()
    const allowedWhileDown = await allowedOf(instances, 'key-down', 8)
    const tookMs = Date.now() - started
    // Assert: each instance's insurance limiter counted alone, without waiting for Redis
    expect(allowedWhileDown).toBe(6)
    expect(tookMs).toBeLessThan(500)
    expect(
      logged.filter((entry) => entry.level === 'error' && /Redis \(commands\) is unreachable/.test(entry.msg)),
    ).toHaveLength(1)

    // Action: Redis is back on the same port; ioredis reconnects by itself
    const restarted = await startRedisServer({ port: own.port })
    const deadline = Date.now() + 5000
    while (!logged.some((entry) => entry.level === 'info') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50))
    const allowedAfter = await allowedOf(instances, 'key-back', 8)
    await restarted.kill()
    // Assert
    expect(logged.some((entry) => entry.msg === 'Redis (commands) is reachable again')).toBe(true)
    expect(allowedAfter).toBe(3)
  })
})

// Several instances on one database and one Redis (REDIS_URL), as "Scaling out" deploys them: an admin instance
// in this process and two delivery-only instances in their own. A publish reaches both others within the 1 s the
// design allows, a key's rate limit and a sign-in throttle are counted once for all, and with Redis killed the
// instances keep serving and find changes by polling the database.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { deliveryGenerationKey } from '@/delivery/cache/deliveryGeneration'
import { closeRedis } from '@/redis/redisConnections'

import type { Booted } from '../../helpers/boot'
import type { Network } from '../../helpers/network'
import type { RedisServer } from '../../helpers/redisServer'
import type { ServerProcess } from '../../helpers/serverProcess'

import { boot } from '../../helpers/boot'
import { deliver, issueKeyAsAdmin } from '../../helpers/clinicKey'
import { withBlocks } from '../../helpers/lexicalBodies'
import { createNetwork } from '../../helpers/network'
import { publishThroughReview } from '../../helpers/publishing'
import { startRedisServer } from '../../helpers/redisServer'
import { startServerProcess } from '../../helpers/serverProcess'

// Long enough that the delivery instances' poll alone would usually miss the 1 s bound: meeting it with Redis up
// shows the notice did the work (each publish below has a 1 in 4 chance per instance of being caught by a poll).
const pollMs = 4000
const visibleWithinMs = 1000

let redis: RedisServer
let booted: Booted
let network: Network
let instances: ServerProcess[] = []
let readKey: string

beforeAll(async () => {
  redis = await startRedisServer()
  vi.stubEnv('REDIS_URL', redis.url)
  // A prefix of its own, so runs sharing a Redis never see each other's counters or notices.
  vi.stubEnv('REDIS_KEY_PREFIX', `vetted-test:${randomUUID()}:`)
  // Production mode here too, as deployed: this instance applies the committed migrations to the fresh database
  // and the others find them applied (a schema pushed in development mode would make them stop and ask).
  vi.stubEnv('NODE_ENV', 'production')
  booted = await boot()
  const env = {
    DATABASE_URI: process.env.DATABASE_URI as string,
    DELIVERY_POLL_MS: String(pollMs),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    NODE_OPTIONS: '--conditions=production',
    REDIS_KEY_PREFIX: process.env.REDIS_KEY_PREFIX as string,
    REDIS_URL: redis.url,
    RUN_JOBS: 'false',
    SERVE_ADMIN: 'false',
  }
  // The instances start while the network is made: they need only the migrated database.
  const [made, ...started] = await Promise.all([
    createNetwork(booted.payload),
    startServerProcess({ env }),
    startServerProcess({ env }),
  ])
  network = made
  instances = started
  const admin = network.users.admin
  readKey = (
    await issueKeyAsAdmin({ admin, baseUrl: booted.baseUrl, clinicId: network.clinicA.id, rateLimitPerMinute: 100_000 })
  ).key
})

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()))
  await booted?.shutdown()
  await closeRedis()
  await redis?.kill()
  vi.unstubAllEnvs()
})

const slugsOn = async (instance: ServerProcess) => {
  const response = await deliver(instance.baseUrl, '/posts', readKey)
  if (response.status !== 200) throw new Error(`/v1/posts answered ${response.status}:\n${instance.output()}`)
  return ((await response.json()) as { docs: { slug: string }[] }).docs.map((post) => post.slug)
}

/** Publishes a new post of clinic A on the admin instance through the real review workflow. */
const publishOnAdmin = async (slug: string) => {
  const { payload } = booted
  const marketer = network.users.marketerA
  const written = await payload.create({
    collection: 'posts',
    data: {
      body: withBlocks('Published across instances.', { blockType: 'citation', reference: network.reference.id }),
      clinic: network.clinicA.id,
      slug,
      title: `Post ${slug}`,
    },
    draft: true,
    overrideAccess: false,
    user: marketer,
  })
  await publishThroughReview({ editor: network.users.editor, id: written.id, marketer, payload })
}

type Visibility = { ms: number; slowestRequestMs: number }

/** Milliseconds from the publish call's return until the (cached) list on `instance` shows the post. */
const msUntilVisible = async (
  instance: ServerProcess,
  slug: string,
  publishedAt: number,
  giveUpMs: number,
): Promise<Visibility> => {
  let slowestRequestMs = 0
  while (Date.now() - publishedAt < giveUpMs) {
    const asked = Date.now()
    const slugs = await slugsOn(instance)
    slowestRequestMs = Math.max(slowestRequestMs, Date.now() - asked)
    if (slugs.includes(slug)) return { ms: Date.now() - publishedAt, slowestRequestMs }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return { ms: Infinity, slowestRequestMs }
}

/** What an instance says of itself, for a failure message: its health (the generation it holds) and its log. */
const describeInstance = async (instance: ServerProcess) => {
  const health = await fetch(`${instance.baseUrl}/v1/health`).then(
    (response) => response.text(),
    (error: unknown) => String(error),
  )
  return `${instance.baseUrl}: ${health}\n${instance.output()}`
}

const publishAndMeasure = async (giveUpMs: number) => {
  const slug = `scaled-${randomUUID().slice(0, 8)}`
  // The list is cached on both instances before the publish, so only a dropped cache can show the new post.
  for (const instance of instances) expect(await slugsOn(instance)).not.toContain(slug)
  await publishOnAdmin(slug)
  const publishedAt = Date.now()
  const measured = await Promise.all(instances.map((instance) => msUntilVisible(instance, slug, publishedAt, giveUpMs)))
  const generation = (await booted.payload.kv.get<{ at: string; id: string }>(deliveryGenerationKey))?.id
  const report = measured.some(({ ms }) => ms === Infinity)
    ? `The admin wrote generation ${generation}; the instances say:\n${(await Promise.all(instances.map(describeInstance))).join('\n')}`
    : ''
  return {
    ms: measured.map(({ ms }) => ms),
    report,
    summary: measured.map(({ ms, slowestRequestMs }) => `${ms} (slowest request ${slowestRequestMs})`).join(', '),
  }
}

describe('instances sharing one Redis', () => {
  it('serve a post published on another instance within 1 s each, by the change notice', async ({ annotate }) => {
    // Setup: both caches warm
    for (const instance of instances) await slugsOn(instance)
    // Action: two publishes, each measured on both instances
    const first = await publishAndMeasure(pollMs + 1000)
    const second = await publishAndMeasure(pollMs + 1000)
    await annotate(`publish-to-visible with Redis, ms per instance: ${first.summary}; ${second.summary}`)
    // Assert
    for (const { ms, report } of [first, second])
      for (const each of ms) expect(each, report).toBeLessThanOrEqual(visibleWithinMs)
  })

  it('count a key’s rate limit once for all instances', async () => {
    // Setup
    const { key } = await issueKeyAsAdmin({
      admin: network.users.admin,
      baseUrl: booted.baseUrl,
      clinicId: network.clinicA.id,
      rateLimitPerMinute: 5,
    })
    // Action: requests alternate between the two delivery instances
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) statuses.push((await deliver(instances[i % 2].baseUrl, '/posts', key)).status)
    // Assert: five in all, not five each
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429])
  })

  it('throttle sign-in guesses at one account counted across instances', async () => {
    // Setup
    const { email } = network.users.marketerB
    const signIn = (instance: ServerProcess) =>
      fetch(`${instance.baseUrl}/api/users/login`, {
        body: JSON.stringify({ email, password: 'wrong-guess' }),
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      }).then((response) => response.status)
    // Action: six guesses alternating between the instances (five in a row are allowed per account and address)
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push(await signIn(instances[i % 2]))
    // Assert
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  })

  it('keep serving with Redis killed, and see a publish by polling the database', async ({ annotate }) => {
    // Setup
    await redis.kill()
    // Action
    const afterKill = await Promise.all(instances.map((instance) => deliver(instance.baseUrl, '/posts', readKey)))
    const measured = await publishAndMeasure(pollMs + 3000)
    await annotate(`publish-to-visible with Redis down (poll every ${pollMs} ms), ms per instance: ${measured.summary}`)
    // Assert: the poll interval plus a margin for the read and the request
    expect(afterKill.map((response) => response.status)).toEqual([200, 200])
    for (const ms of measured.ms) expect(ms, measured.report).toBeLessThanOrEqual(pollMs + 1000)
    for (const instance of instances) expect(instance.output()).toMatch(/Redis \(\w+\) is unreachable/)
  })

  it('shut down cleanly on SIGTERM, closing their connections', async () => {
    // Action
    const codes = await Promise.all(instances.map((instance) => instance.stop()))
    instances = []
    // Assert
    expect(codes).toEqual([0, 0])
  })
})

// A change notice arrives by pub/sub before the write that sent it commits (bumpDeliveryGeneration runs inside the
// request's transaction). The watcher must drop its caches only once the database shows the change, or another
// instance would refill them from the data about to be replaced. And a generation that cannot be read
// for a while must not hide a change made meanwhile.
import { randomUUID } from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bumpDeliveryGeneration } from '@/delivery/cache/deliveryGeneration'
import { publishDeliveryNotice } from '@/delivery/cache/deliveryNotices'
import { watchDeliveryGeneration } from '@/delivery/cache/watchDeliveryGeneration'
import { closeRedis, redisCommands, redisSubscriber } from '@/redis/redisConnections'

import type { Booted } from '../../helpers/boot'
import type { RedisServer } from '../../helpers/redisServer'

import { boot } from '../../helpers/boot'
import { rawSql } from '../../helpers/rawSql'
import { startRedisServer } from '../../helpers/redisServer'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let redis: RedisServer
let booted: Booted

beforeAll(async () => {
  redis = await startRedisServer()
  vi.stubEnv('REDIS_URL', redis.url)
  vi.stubEnv('REDIS_KEY_PREFIX', `vetted-test:${randomUUID()}:`)
  booted = await boot({ withServer: false })
})

afterAll(async () => {
  await booted?.shutdown()
  await closeRedis()
  await redis?.kill()
  vi.unstubAllEnvs()
})

/** A real database fault: the table holding the generation is away, so every read of it fails until it is back. */
const renameKvTable = (from: string, to: string) => rawSql(booted.payload, `ALTER TABLE ${from} RENAME TO ${to}`)

const untilReady = async () => {
  const clients = [redisCommands(booted.payload.logger), redisSubscriber(booted.payload.logger)]
  while (clients.some((client) => client?.status !== 'ready')) await sleep(20)
}

describe('a change notice', () => {
  it('drops the caches as soon as the announced change is committed, and not before', async () => {
    // Setup: a watcher whose poll would take a minute, so only the notice can make it look
    const { payload } = booted
    const changes: number[] = []
    const watcher = watchDeliveryGeneration({ intervalMs: 60_000, onChange: () => changes.push(Date.now()), payload })
    await untilReady()
    await sleep(200) // the watcher's first read and its subscription are done
    // Action: the generation moves inside a transaction that stays open for a while
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await bumpDeliveryGeneration(req)
    await sleep(300)
    const changesBeforeCommit = changes.length
    const committedAt = Date.now()
    await commitTransaction(req)
    const deadline = Date.now() + 1000
    while (changes.length === 0 && Date.now() < deadline) await sleep(10)
    watcher.stop()
    // Assert
    expect(changesBeforeCommit).toBe(0)
    expect(changes).toHaveLength(1)
    expect(changes[0]).toBeGreaterThanOrEqual(committedAt)
  })

  it('drops the caches again at the first read that succeeds after failed ones, if the generation moved', async () => {
    // Setup: a watcher that reads only when a notice makes it look, its first read done
    const { payload } = booted
    let changes = 0
    const watcher = watchDeliveryGeneration({ intervalMs: 60_000, onChange: () => (changes += 1), payload })
    await untilReady()
    await sleep(200)
    // Action: while the generation cannot be read, a notice makes the watcher try (and drop its caches, which
    // then refill); once it can be read again, the generation moves
    await renameKvTable('payload_kv', 'payload_kv_away')
    try {
      publishDeliveryNotice({ id: randomUUID(), payload })
      while (changes === 0) await sleep(20)
      await sleep(1200) // the watcher stops waiting for the announced id, which never comes
    } finally {
      await renameKvTable('payload_kv_away', 'payload_kv')
    }
    const changesWhileAway = changes
    await bumpDeliveryGeneration(await createLocalReq({}, payload))
    const deadline = Date.now() + 1000
    while (changes === changesWhileAway && Date.now() < deadline) await sleep(10)
    watcher.stop()
    // Assert: the caches refilled while the read failed are dropped too
    expect(changesWhileAway).toBeGreaterThan(0)
    expect(changes).toBeGreaterThan(changesWhileAway)
  })
})

// A generation read that never answers: a networked database (PostgreSQL here, MongoDB in production) can hang a
// query without an error, on a lock or a dead connection. The watcher must count it as failed, drop the caches and
// keep polling, not wait on it while the instance serves what it cached. SQLite cannot hang a read (its driver
// answers at once), so this runs on PostgreSQL in every run.
import { createLocalReq } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bumpDeliveryGeneration } from '@/delivery/cache/deliveryGeneration'
import { watchDeliveryGeneration } from '@/delivery/cache/watchDeliveryGeneration'

import type { Booted } from '../../helpers/boot'
import type { TestDatabase } from '../../helpers/database'

import { boot } from '../../helpers/boot'
import { createTestDatabase } from '../../helpers/database'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let database: TestDatabase
let booted: Booted

beforeAll(async () => {
  database = await createTestDatabase({ postgres: true })
  booted = await boot({ database, withServer: false })
})

afterAll(async () => {
  await booted?.shutdown()
  await database?.drop()
})

describe('a generation read that hangs', () => {
  it('counts as failed: the caches are dropped at its timeout, and the watch goes on once the database answers', async () => {
    // Setup: a watcher polling every 100 ms, with reads timing out after 500 ms
    const { payload } = booted
    const changes: number[] = []
    const watcher = watchDeliveryGeneration({
      intervalMs: 100,
      onChange: () => changes.push(Date.now()),
      payload,
      timeoutMs: 500,
    })
    await expect.poll(() => watcher.state().checkedAt, { timeout: 5_000 }).toBeInstanceOf(Date)
    // Action: another session holds the table, so every read of it waits
    const locker = new pg.Client({ connectionString: database.uri })
    await locker.connect()
    await locker.query('BEGIN')
    await locker.query('LOCK TABLE payload_kv IN ACCESS EXCLUSIVE MODE')
    const lockedAt = Date.now()
    await sleep(1500)
    const changesWhileLocked = changes.filter((at) => at >= lockedAt).length
    const checkedWhileLocked = watcher.state().checkedAt as Date
    await locker.query('ROLLBACK')
    await locker.end()
    // Assert: dropped while it could not know, and a change made once the lock is gone is found
    expect(changesWhileLocked).toBeGreaterThan(0)
    // A read that was answered as the lock was granted may share its millisecond; none is answered after.
    expect(checkedWhileLocked.getTime()).toBeLessThanOrEqual(lockedAt)
    const before = changes.length
    await bumpDeliveryGeneration(await createLocalReq({}, payload))
    await expect.poll(() => changes.length, { timeout: 5_000 }).toBeGreaterThan(before)
    await expect
      .poll(() => Date.now() - (watcher.state().checkedAt?.getTime() ?? 0), { timeout: 5_000 })
      .toBeLessThan(1000)
    watcher.stop()
  })
})

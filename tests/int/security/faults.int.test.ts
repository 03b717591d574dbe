// Database faults: a write that fails half-way leaves nothing behind (every database), and PostgreSQL connections
// killed while idle or in the middle of a publish neither crash the process nor leave a partial write.
import type { Payload } from 'payload'

import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createLocalReq } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signOffPost, submitForReview } from '@/workflow/postActions'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { bodyOf } from '../../helpers/lexicalBodies'
import { rawSql } from '../../helpers/rawSql'

const suite = bootNetwork()
const isPostgres = Boolean(process.env.TEST_DATABASE_URI?.startsWith('postgres'))

// An uncaught error anywhere in this worker is the crash the issue describes; the tests assert there is none.
const crashes: unknown[] = []
const recordCrash = (error: unknown) => crashes.push(error)
beforeAll(() => void process.on('uncaughtException', recordCrash))
afterAll(() => void process.off('uncaughtException', recordCrash))

const sql = (raw: string) => rawSql(suite.booted.payload, raw)

/** A real database fault: the audit log's table refuses (or, with `sleep`, holds) one kind of event. */
const faultOn = async (action: string, { sleepSeconds }: { sleepSeconds?: number } = {}) => {
  if (!isPostgres) {
    await sql(
      `CREATE TRIGGER fault_review_events BEFORE INSERT ON review_events WHEN NEW.action = '${action}' BEGIN SELECT RAISE(ABORT, 'injected fault: the audit log refused the event'); END`,
    )
    return
  }
  const body = sleepSeconds
    ? `PERFORM pg_sleep(${sleepSeconds}); RETURN NEW;`
    : `RAISE EXCEPTION 'injected fault: the audit log refused the event';`
  await sql(`CREATE OR REPLACE FUNCTION fault_review_events() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} END $$;
    CREATE TRIGGER fault_review_events BEFORE INSERT ON review_events FOR EACH ROW WHEN (NEW.action = '${action}') EXECUTE FUNCTION fault_review_events();`)
}
const clearFault = () =>
  sql(
    isPostgres
      ? 'DROP TRIGGER IF EXISTS fault_review_events ON review_events'
      : 'DROP TRIGGER IF EXISTS fault_review_events',
  )

const act = async (id: string, action: string) => {
  const { network } = suite
  const token = await login({ baseUrl: suite.booted.baseUrl, user: network.users.marketerA })
  return fetch(`${suite.booted.baseUrl}/api/posts/${id}/workflow/${action}`, {
    body: '{}',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })
}

/** A post of clinic A in the given state, reached through the real workflow. */
const postIn = async (state: 'approved' | 'draft') => {
  const { booted, network } = suite
  const post = await booted.payload.create({
    collection: 'posts',
    data: {
      body: bodyOf('The clinic opened a new waiting room this spring.'),
      clinic: network.clinicA.id,
      slug: `fault-${Math.random().toString(36).slice(2, 8)}`,
      title: 'A post that meets a fault',
    },
    draft: true,
    overrideAccess: false,
    user: network.users.marketerA,
  })
  if (state === 'approved') {
    await submitForReview({ id: post.id, req: await createLocalReq({ user: network.users.marketerA }, booted.payload) })
    await signOffPost({
      id: post.id,
      note: 'Checked.',
      req: await createLocalReq({ user: network.users.editor }, booted.payload),
    })
  }
  return post.id
}

/** What a post looks like in the database: the live row, the latest version, the version count and the audit trail. */
const stateOf = async (payload: Payload, id: string) => {
  const live = await payload.findByID({ collection: 'posts', depth: 0, draft: false, id, overrideAccess: true })
  const latest = await payload.findByID({ collection: 'posts', depth: 0, draft: true, id, overrideAccess: true })
  const versions = await payload.countVersions({ collection: 'posts', where: { parent: { equals: id } } })
  const events = await payload.find({
    collection: 'review-events',
    limit: 100,
    overrideAccess: true,
    sort: 'createdAt',
    where: { documentId: { equals: id } },
  })
  return {
    events: events.docs.map((event) => event.action),
    latestState: latest.workflowState,
    liveStatus: live._status,
    versions: versions.totalDocs,
  }
}

describe('a write that fails half-way', () => {
  it.each([
    { action: 'publish', from: 'approved' as const },
    { action: 'submit', from: 'draft' as const },
  ])(
    'leaves nothing of a $action whose audit event the database refuses, and the post saves again after',
    async ({ action, from }) => {
      // Setup
      const { booted } = suite
      const id = await postIn(from)
      const before = await stateOf(booted.payload, id)
      await faultOn(action)

      // Action
      const failed = await act(id, action)
      await clearFault()

      // Assert: the request failed, and the post is exactly as it was: not live, no new version, no audit event.
      expect(failed.ok).toBe(false)
      expect(await stateOf(booted.payload, id)).toEqual(before)
      // …and it is not wedged: the same action succeeds once the fault is gone, with its event recorded.
      expect((await act(id, action)).status).toBe(200)
      expect((await stateOf(booted.payload, id)).events).toEqual([...before.events, action])
      expect(crashes).toEqual([])
    },
  )
})

/** Connections this process holds to the test database: open files of it on SQLite, server sessions on PostgreSQL. */
const openConnections = async () => {
  const uri = process.env.DATABASE_URI as string
  if (!isPostgres) {
    const file = fileURLToPath(uri.split('?')[0])
    return fs.readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`) === file
      } catch {
        return false // closed since it was listed
      }
    }).length
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  const { rows } = await client.query<{ count: string }>(
    'SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  )
  await client.end()
  return Number(rows[0].count)
}

describe('database connections', () => {
  it('stay bounded however many transactions the process runs (none is left open per transaction)', async () => {
    // Setup
    const { payload } = suite.booted
    const topic = await payload.create({
      collection: 'topics',
      data: { name: 'Connections', slug: 'connections' },
      overrideAccess: true,
    })
    const before = await openConnections()
    // Action: each update is one transaction.
    for (let i = 0; i < 200; i += 1)
      await payload.update({
        collection: 'topics',
        data: { name: `Connections ${i}` },
        id: topic.id,
        overrideAccess: true,
      })
    // Assert: at most a pool's worth more (libsql pools up to 20 connections, pg up to 10); before the pinned
    // libsql client, 200 transactions left 200 more open.
    expect(before).toBeGreaterThan(0)
    expect(await openConnections()).toBeLessThanOrEqual(before + 20)
  })
})

if (isPostgres) {
  describe('PostgreSQL connections killed', () => {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URI })
    const databaseName = () => new URL(process.env.DATABASE_URI as string).pathname.slice(1)
    const terminateAll = () =>
      admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [databaseName()],
      )
    const health = () => fetch(`${suite.booted.baseUrl}/v1/health`).then((response) => response.status)
    beforeAll(() => admin.connect())
    afterAll(async () => {
      await admin.query(`ALTER DATABASE "${databaseName()}" ALLOW_CONNECTIONS true`)
      await admin.end()
    })

    it('while idle: the process logs, reconnects and keeps serving', async () => {
      // Setup: the pool holds idle connections.
      expect(await health()).toBe(200)

      // Action
      await terminateAll()
      await new Promise((resolve) => setTimeout(resolve, 300))

      // Assert
      expect(crashes).toEqual([])
      expect(await health()).toBe(200)
      expect((await act(await postIn('draft'), 'submit')).status).toBe(200)
    })

    it('while the database refuses connections: /v1/health answers 503, then 200 once it is back', async () => {
      // Setup
      await admin.query(`ALTER DATABASE "${databaseName()}" ALLOW_CONNECTIONS false`)

      // Action
      await terminateAll()
      const whileDown = await health()
      await admin.query(`ALTER DATABASE "${databaseName()}" ALLOW_CONNECTIONS true`)

      // Assert
      expect(whileDown).toBe(503)
      expect(await health()).toBe(200)
      expect(crashes).toEqual([])
    })

    it('in the middle of a publish: that request fails, nothing of it remains, and the next publish succeeds', async () => {
      // Setup: the publish's audit write holds its transaction open long enough to be killed inside it.
      const { booted } = suite
      const id = await postIn('approved')
      const before = await stateOf(booted.payload, id)
      await faultOn('publish', { sleepSeconds: 3 })

      // Action
      const publishing = act(id, 'publish')
      const deadline = Date.now() + 10_000
      while (Date.now() < deadline) {
        const { rowCount } = await admin.query(
          "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%review_events%' AND state = 'active'",
          [databaseName()],
        )
        if (rowCount) break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      await terminateAll()
      const failed = await publishing
      await clearFault()

      // Assert
      expect(failed.status).toBeGreaterThanOrEqual(500)
      expect(crashes).toEqual([])
      expect(await stateOf(booted.payload, id)).toEqual(before)
      expect(await health()).toBe(200)
      expect((await act(id, 'publish')).status).toBe(200)
      const after = await stateOf(booted.payload, id)
      expect(after).toMatchObject({ events: [...before.events, 'publish'], liveStatus: 'published' })
    })
  })
}

// npm run bench: seeds a large network, starts Vetted (and a bare node:http baseline) in child processes, measures
// them with autocannon from this process, prints a table and writes bench/results.json. Not a test.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { databaseKind } from '@/db/adapter'
import { closeDatabase } from '@/db/closeDatabase'

import type { TestUser } from '../tests/helpers/network'
import type { Child } from './children'
import type { MemoryRow, PublishSummary } from './report'

import { login } from '../tests/helpers/actors'
import { issueKeyAsAdmin } from '../tests/helpers/clinicKey'
import { captureResponses } from './capture'
import { startBare, startVetted } from './children'
import { createBenchDatabase, markMigrationsApplied } from './database'
import { memoryOf } from './memory'
import { readOptions } from './options'
import { measurePublishToVisible } from './publishToVisible'
import { median, printTable, writeResults } from './report'
import {
  type BenchKeys,
  cachedPaths,
  logStep,
  measureArticleScaling,
  measureCached,
  measureListScaling,
  measureMissingSlugs,
  measureSearch,
  measureUncachedPost,
  waitUntilIdle,
  warmCache,
} from './scenarios'
import { seedBenchNetwork } from './seedBenchNetwork'

/** Keys for the cached cases: enough that none reaches the highest rate limit a key may have in a run. */
const cachedKeyCount = 16
const maxRateLimit = 100_000

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const options = readOptions()
const database = await createBenchDatabase(options.database)
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-bench-'))
const secret = randomBytes(32).toString('hex')
Object.assign(process.env, {
  DATABASE_URI: database.uri,
  // No WebSocket to a development server's HMR endpoint, which would keep the bench alive (see src/cli/runWithPayload).
  DISABLE_PAYLOAD_HMR: 'true',
  MEDIA_DIR: path.join(workDir, 'media'),
  PAYLOAD_SECRET: secret,
  SEED_ON_EMPTY: 'false',
})
const config = (await import('../payload.config')).default
const payload = await getPayload({ config })
const children: Child[] = []

try {
  const startedAt = Date.now()
  logStep(
    payload,
    `seeding ${options.clinics} clinics × ${options.posts} posts, and clinics of ${options.small} and ${options.large} posts, on ${databaseKind(database.uri)}`,
  )
  const network = await seedBenchNetwork({ options, payload })
  await markMigrationsApplied({ payload, uri: database.uri })
  logStep(payload, `seeded in ${Math.round((Date.now() - startedAt) / 1000)} s; starting the server`)
  await closeDatabase(payload)

  const vetted = await startVetted({ databaseUri: database.uri, port: await freePort(), secret })
  children.push(vetted)
  const as = (user: { email: string; password: string }) => login({ baseUrl: vetted.baseUrl, user: user as TestUser })
  const admin = network.users.admin as TestUser
  const issue = async (clinicId: string) =>
    (await issueKeyAsAdmin({ admin, baseUrl: vetted.baseUrl, clinicId, rateLimitPerMinute: maxRateLimit })).key
  const keys: BenchKeys = { byClinic: new Map(), cached: [] }
  for (const clinic of [...network.clinics, network.list.small, network.list.large])
    keys.byClinic.set(clinic.id, await issue(clinic.id))
  for (let index = 0; index < cachedKeyCount; index += 1) keys.cached.push(await issue(network.template.clinic.id))
  const tokens = {
    admin: await as(network.users.admin),
    editor: await as(network.users.editor),
    marketer: await as(network.users.marketer),
  }

  const settings = { connections: options.connections, duration: options.duration }
  const servers = { bareUrl: '', vettedUrl: vetted.baseUrl }
  logStep(payload, 'warming the cache and capturing the cached responses for the bare node:http baseline')
  await warmCache({ keys, network, servers, settings })
  const capturePath = path.join(workDir, 'captured.json')
  await captureResponses({
    baseUrl: vetted.baseUrl,
    file: capturePath,
    key: keys.cached[0],
    paths: Object.values(cachedPaths(network)),
  })
  const bare = await startBare({ capturePath, port: await freePort() })
  children.push(bare)
  servers.bareUrl = bare.baseUrl

  logStep(payload, `measuring: ${options.duration} s per run, ${options.connections} connections`)
  const comparisons = await measureCached({ keys, network, servers, settings })
  const cachedPost = comparisons[comparisons.length - 1].subject.measurement
  const uncached = await measureUncachedPost({ adminToken: tokens.admin, keys, network, servers, settings })
  comparisons.push(uncached)
  comparisons.push(await measureArticleScaling({ keys, network, options, servers, settings }))
  comparisons.push(await measureListScaling({ keys, network, options, servers, settings }))
  comparisons.push(await measureMissingSlugs({ cachedPost, keys, servers, settings }))
  comparisons.push(
    ...(await measureSearch({ keys, network, options, servers, settings, uncachedPost: uncached.subject.measurement })),
  )
  const memory: MemoryRow[] = [
    { label: 'the Vetted server', memory: memoryOf(vetted.pid) },
    { label: 'the bench (seeding, load generator)', memory: memoryOf(process.pid) },
  ]
  // Printed now, so a failure while publishing does not lose the measurements.
  printTable({ comparisons, memory })
  await waitUntilIdle(vetted.baseUrl)
  logStep(payload, `publishing ${network.drafts.length} posts through review and waiting for them on /v1`)
  const publish = await measurePublishToVisible({
    baseUrl: vetted.baseUrl,
    drafts: network.drafts,
    key: keys.byClinic.get(network.template.clinic.id) as string,
    tokens,
  }).then(
    (samples): PublishSummary => ({
      listMs: {
        max: Math.max(...samples.map((sample) => sample.listMs)),
        median: median(samples.map((sample) => sample.listMs)),
      },
      postMs: {
        max: Math.max(...samples.map((sample) => sample.postMs)),
        median: median(samples.map((sample) => sample.postMs)),
      },
      publishCallMs: { median: median(samples.map((sample) => sample.publishCallMs)) },
      samples: samples.length,
      targetMs: 1000,
    }),
    (error: unknown): PublishSummary => {
      payload.logger.error({ err: error, msg: 'bench: publish-to-visible failed' })
      return {
        failure: error instanceof Error ? error.message : String(error),
        listMs: { max: 0, median: 0 },
        postMs: { max: 0, median: 0 },
        publishCallMs: { median: 0 },
        samples: 0,
        targetMs: 1000,
      }
    },
  )

  printTable({ comparisons, memory, publish })
  const file = path.resolve(import.meta.dirname, 'results.json')
  writeResults({
    comparisons,
    database: databaseKind(database.uri),
    file,
    memory,
    options: { ...options, database: databaseKind(database.uri) },
    publish,
  })
  logStep(payload, `results written to ${path.relative(process.cwd(), file)}`)
} catch (error) {
  payload.logger.error({ err: error, msg: 'bench: failed' })
  process.exitCode = 1
} finally {
  for (const child of children.reverse()) await child.stop()
  await database.drop()
  fs.rmSync(workDir, { force: true, recursive: true })
}
// Done: nothing the bench opened (the database pool's watcher, a failed run's connections) may keep it running.
process.exit(process.exitCode ?? 0)

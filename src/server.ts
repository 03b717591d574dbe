// Vetted's one process: express with the delivery API, Payload's API and (unless SERVE_ADMIN=false) Next's admin.
import './loadEnv'
import type next from 'next'

import path from 'node:path'
import { getPayload } from 'payload'

import config from '../payload.config'
import { closeDatabase } from './db/closeDatabase'
import { createServer } from './http/createServer'
import { closeRedis } from './redis/redisConnections'

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || '0.0.0.0'
const isDev = process.env.NODE_ENV !== 'production'
const serveAdmin = process.env.SERVE_ADMIN !== 'false'
// How often this instance reads the delivery generation (the watcher's default, 250 ms, when unset).
const pollIntervalMs = Number(process.env.DELIVERY_POLL_MS) > 0 ? Number(process.env.DELIVERY_POLL_MS) : undefined

// The job crons start only after the development seed: a job run in the middle of it raced the seed for SQLite's
// one writer (SQLITE_BUSY) and could fail it. getPayload starts them on the instance it already made.
const payload = await getPayload({ config, cron: false })

if (isDev && process.env.SEED_ON_EMPTY !== 'false') {
  // Development only: production never loads the demo seed.
  const { seedIfEmpty } = await import('./seed/seedIfEmpty')
  await seedIfEmpty(payload)
}
if (process.env.RUN_JOBS !== 'false') await getPayload({ config, cron: true })

// Delivery-only instances never load Next: it is imported only when the admin is served.
let nextApp: ReturnType<typeof next> | undefined
if (serveAdmin) {
  const { default: createNextApp } = await import('next')
  nextApp = createNextApp({ dev: isDev, dir: path.resolve(import.meta.dirname, '..'), hostname, port })
  await nextApp.prepare()
}

const handleWithNext = nextApp?.getRequestHandler()
const server = createServer({
  config,
  nextHandler: handleWithNext ? (req, res) => handleWithNext(req, res) : undefined,
  payload,
  pollIntervalMs,
})
server.listen(port, hostname, () => {
  payload.logger.info(
    `Vetted is listening on http://localhost:${port} (${serveAdmin ? 'admin at /admin, ' : 'delivery only, '}API at /api, delivery at /v1)`,
  )
})
if (nextApp) server.on('upgrade', nextApp.getUpgradeHandler())

const shutdown = (signal: string) => {
  payload.logger.info(`${signal} received: closing the server`)
  server.close(async () => {
    await Promise.all([closeDatabase(payload), closeRedis()])
    process.exit(0)
  })
  setTimeout(() => process.exit(1), 10_000).unref()
}
process.once('SIGINT', () => shutdown('SIGINT'))
process.once('SIGTERM', () => shutdown('SIGTERM'))

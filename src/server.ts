// Vetted's one process: express with the delivery API, Payload's API and (unless SERVE_ADMIN=false) Next's admin.
import './loadEnv'

import next from 'next'
import path from 'node:path'
import { getPayload } from 'payload'

import config from '../payload.config'
import { closeDatabase } from './db/closeDatabase'
import { createServer } from './http/createServer'
import { seedIfEmpty } from './seed/seedIfEmpty'

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || '0.0.0.0'
const isDev = process.env.NODE_ENV !== 'production'
const serveAdmin = process.env.SERVE_ADMIN !== 'false'

const payload = await getPayload({ config, cron: process.env.RUN_JOBS !== 'false' })

if (isDev && process.env.SEED_ON_EMPTY !== 'false') await seedIfEmpty(payload)

let nextApp: ReturnType<typeof next> | undefined
if (serveAdmin) {
  nextApp = next({ dev: isDev, dir: path.resolve(import.meta.dirname, '..'), hostname, port })
  await nextApp.prepare()
}

const server = createServer({
  config,
  nextHandler: nextApp ? (req, res) => nextApp.getRequestHandler()(req, res) : undefined,
  payload,
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
    await closeDatabase(payload)
    process.exit(0)
  })
  setTimeout(() => process.exit(1), 10_000).unref()
}
process.once('SIGINT', () => shutdown('SIGINT'))
process.once('SIGTERM', () => shutdown('SIGTERM'))

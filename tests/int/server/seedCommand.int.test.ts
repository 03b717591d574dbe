import type { Duplex } from 'node:stream'

// `npm run seed` as people run it, in a child process: it must exit 0 when done, on an empty database, on an already
// seeded one, and while a development server (`npm run dev`) listens on the same PORT.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestDatabase } from '../../helpers/database'

import { createTestDatabase } from '../../helpers/database'

const root = path.resolve(import.meta.dirname, '../../..')
/** Seeding alone takes 5–15 s here; a script that never exits is what this bound catches. */
const exitBoundMs = 150_000

let database: TestDatabase
let mediaDir: string

beforeAll(async () => {
  database = await createTestDatabase()
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-seed-media-'))
})
afterAll(async () => {
  await database?.drop()
  fs.rmSync(mediaDir, { force: true, recursive: true })
})

const runSeed = ({ port }: { port: number }) =>
  new Promise<{ code: null | number; output: string }>((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'seed'], {
      cwd: root,
      // Its own process group, so a hung run is stopped whole (npm, cross-env, tsx and node).
      detached: true,
      env: {
        ...process.env,
        DATABASE_URI: database.uri,
        LOG_LEVEL: 'info',
        MEDIA_DIR: mediaDir,
        // As in a developer's shell: Payload behaves differently under NODE_ENV=test, which vitest sets.
        NODE_ENV: 'development',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => process.kill(-(child.pid as number), 'SIGKILL'), exitBoundMs)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })

/**
 * Stands in for `npm run dev`: accepts WebSocket connections on Next's development HMR path and keeps them open, as
 * Next does, counting them.
 */
const startDevServerStandIn = async () => {
  const connections: string[] = []
  const sockets = new Set<Duplex>()
  const server = http.createServer((_req, res) => res.writeHead(404).end())
  server.on('upgrade', (req, socket) => {
    connections.push(req.url ?? '')
    sockets.add(socket)
    const accept = createHash('sha1')
      .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
      .digest('base64')
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    )
  })
  // Payload dials ws://localhost:$PORT, which may resolve to either loopback address.
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve))
  const { port } = server.address() as { port: number }
  return {
    connections,
    port,
    stop: () => {
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => server.close(resolve))
    },
  }
}

describe('npm run seed', () => {
  it('seeds an empty database and exits 0', { timeout: exitBoundMs + 10_000 }, async () => {
    const { code, output } = await runSeed({ port: 1 })
    expect(code, output).toBe(0)
    expect(output).toContain('Delivery API keys for the demo clinic websites')
  })

  it(
    'exits 0 on the seeded database while a development server listens on its PORT, without connecting to it',
    { timeout: exitBoundMs + 10_000 },
    async () => {
      const devServer = await startDevServerStandIn()
      try {
        const { code, output } = await runSeed({ port: devServer.port })
        expect(code, output).toBe(0)
        expect(output).toContain('0 created')
        expect(devServer.connections).toEqual([])
      } finally {
        await devServer.stop()
      }
    },
  )
})

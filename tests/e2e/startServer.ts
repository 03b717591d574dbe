// Starts the production build of the real server (dist/server.js, with Next's built admin) for browser tests, on a
// fresh SQLite database that the committed migrations create and the demo network fills, as an operator would:
// `npm run migrate`, `npm run seed`, `npm start`.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { freePort, stopChild } from './childProcess'
import { ensureProductionBuild } from './productionBuild'

export type RunningServer = { baseUrl: string; output: () => string; stop: () => Promise<void> }

const root = path.resolve(import.meta.dirname, '../..')

/** `env`: more settings for the server (the journeys' SMTP server). */
export const startServer = async ({
  env: extra = {},
  timeoutMs = 240_000,
}: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<RunningServer> => {
  await ensureProductionBuild()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-e2e-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    LOG_LEVEL: 'warn',
    MEDIA_DIR: path.join(dir, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
    // Production refuses to start without a real secret; globalSetup does not get vitest's test env.
    PAYLOAD_SECRET: 'vetted-e2e-secret-that-is-long-enough-0123456789',
  }
  const run = promisify(execFile)
  await run('npm', ['run', 'migrate'], { cwd: root, env })
  // The seed is development tooling (production refuses it); PAYLOAD_MIGRATING keeps it from pushing a development
  // schema over the migrated one, which the production server would then refuse to migrate without a prompt.
  await run('npm', ['run', 'seed'], { cwd: root, env: { ...env, PAYLOAD_MIGRATING: 'true' } })

  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['dist/server.js'], {
    cwd: root,
    env: {
      ...env,
      // Jobs run: webhooks go out to the starter site, which listens on loopback.
      ALLOW_PRIVATE_WEBHOOKS: 'true',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      NODE_OPTIONS: '--conditions=production',
      PORT: String(port),
      RUN_JOBS: 'true',
      SERVER_URL: baseUrl,
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output}`)
    const ready = await fetch(`${baseUrl}/v1/health`)
      .then((response) => response.ok)
      .catch(() => false)
    if (ready) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  if (Date.now() >= deadline) throw new Error(`The server did not start within ${timeoutMs} ms:\n${output}`)
  return {
    baseUrl,
    output: () => output,
    stop: async () => {
      await stopChild(child)
      fs.rmSync(dir, { force: true, recursive: true })
    },
  }
}

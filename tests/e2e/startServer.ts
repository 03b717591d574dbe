// Starts the real server (src/server.ts, with Next's admin) on a fresh SQLite database for browser tests.
// Development mode: the empty database is seeded with the demo network on start, as `npm run dev` does.
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, stopChild } from './childProcess'

export type RunningServer = { baseUrl: string; output: () => string; stop: () => Promise<void> }

export const startServer = async ({ timeoutMs = 480_000 }: { timeoutMs?: number } = {}): Promise<RunningServer> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-e2e-'))
  const port = await freePort()
  let output = ''
  const root = path.resolve(import.meta.dirname, '../..')
  const child: ChildProcess = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      MEDIA_DIR: path.join(dir, 'media'),
      NEXT_TELEMETRY_DISABLED: '1',
      // As `npm run dev` does: Lexical's Node entry points can deadlock module loading on Node 20.
      NODE_OPTIONS: '--conditions=development',
      NODE_ENV: 'development',
      PORT: String(port),
      // Jobs run, as in development: webhooks go out to the starter site, which listens on loopback.
      ALLOW_PRIVATE_WEBHOOKS: 'true',
      RUN_JOBS: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const baseUrl = `http://127.0.0.1:${port}`
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
  // Next compiles the admin on its first visit in development; on a busy machine that alone can take minutes, so it
  // happens here, once, and not inside the first test's navigation timeout.
  const warmUp = await fetch(`${baseUrl}/admin/login`, {
    signal: AbortSignal.timeout(Math.max(deadline - Date.now(), 60_000)),
  }).catch((error: Error) => error)
  if (warmUp instanceof Error) throw new Error(`The admin did not compile in time (${warmUp.message}):\n${output}`)
  return {
    baseUrl,
    output: () => output,
    stop: async () => {
      await stopChild(child)
      fs.rmSync(dir, { force: true, recursive: true })
    },
  }
}

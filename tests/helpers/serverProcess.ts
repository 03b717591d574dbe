// Vetted's server (src/server.ts) in a process of its own, as an instance behind a balancer runs it: production
// mode, delivery only, on a free port, unless `env` says otherwise.
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './redisServer'

const root = path.resolve(import.meta.dirname, '../..')

export type ServerProcess = {
  baseUrl: string
  /** Everything the process wrote, for failure messages. */
  output: () => string
  /** SIGTERM, as an orchestrator stops an instance; resolves with the exit code (null if it had to be killed). */
  stop: () => Promise<null | number>
}

/** Resolves once /v1/health answers 200; `env` is added to this process's own. */
export const startServerProcess = async ({ env }: { env: Record<string, string> }): Promise<ServerProcess> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-instance-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  let output = ''
  const child: ChildProcess = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      MEDIA_DIR: path.join(dir, 'media'),
      NODE_ENV: 'production',
      NODE_OPTIONS: '--conditions=production',
      PORT: String(port),
      RUN_JOBS: 'false',
      SERVE_ADMIN: 'false',
      SERVER_URL: baseUrl,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const hasExited = () => child.exitCode !== null || child.signalCode !== null
  const stop = async () => {
    if (!hasExited()) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
      if (!hasExited()) child.kill('SIGKILL')
    }
    fs.rmSync(dir, { force: true, recursive: true })
    return child.exitCode
  }
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`The server exited with ${child.exitCode}:\n${output}`)
    const isUp = await fetch(`${baseUrl}/v1/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (isUp) return { baseUrl, output: () => output, stop }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`The server did not answer within 2 minutes:\n${output}`)
}

// Builds the starter clinic site (examples/clinic-site) for production, as its README says, and starts it against
// a running Vetted with one clinic's key and webhook secret.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { freePort, stopChild } from './childProcess'

const root = path.resolve(import.meta.dirname, '../..')
const siteDir = path.join(root, 'examples/clinic-site')
const next = path.join(root, 'node_modules/next/dist/bin/next')

export type RunningSite = { baseUrl: string; output: () => string; stop: () => Promise<void> }

/** `npm run build:client` then `next build` of the site: the client as it ships, the site as it deploys. */
export const buildClinicSite = async () => {
  const run = promisify(execFile)
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const }
  await run('npm', ['run', 'build:client'], { cwd: root, env })
  await run(process.execPath, [next, 'build'], { cwd: siteDir, env, maxBuffer: 16 * 1024 * 1024 })
}

export const startClinicSite = async (settings: {
  vettedUrl: string
  vettedKey: string
  webhookSecret: string
}): Promise<RunningSite> => {
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn(
    process.execPath,
    [next, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: siteDir,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        VETTED_KEY: settings.vettedKey,
        VETTED_URL: settings.vettedUrl,
        VETTED_WEBHOOK_SECRET: settings.webhookSecret,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The clinic site exited with ${child.exitCode}:\n${output}`)
    const ready = await fetch(`${baseUrl}/robots.txt`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) break
    if (Date.now() > deadline) throw new Error(`The clinic site did not start within a minute:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    baseUrl,
    output: () => output,
    stop: async () => {
      await stopChild(child)
    },
  }
}

// The processes under load run apart from the load generator: Vetted's own server in production mode (from its
// TypeScript sources through tsx, so the bench needs no build; `npm start` runs the same code compiled), and the
// bare node:http baseline. Both are stopped by their process id when the bench ends.
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

export type Child = { baseUrl: string; pid: number | undefined; stop: () => Promise<void> }

const waitFor = async ({ child, name, url }: { child: ChildProcess; name: string; url: string }) => {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before answering ${url}`)
    const isUp = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (isUp) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${name} did not answer ${url} within 2 minutes`)
}

const start = async ({
  args,
  env,
  name,
  port,
  readyPath,
}: {
  args: string[]
  env: Record<string, string>
  name: string
  port: number
  readyPath: string
}): Promise<Child> => {
  const child = spawn(tsx, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const baseUrl = `http://127.0.0.1:${port}`
  await waitFor({ child, name, url: `${baseUrl}${readyPath}` })
  return {
    baseUrl,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        // A server whose event loop is stuck never runs its SIGTERM handler: kill it after 10 s.
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
        child.once('exit', () => {
          clearTimeout(force)
          resolve()
        })
        child.kill('SIGTERM')
      }),
  }
}

/** Vetted in production mode, delivery only and without the jobs queue. */
export const startVetted = ({ databaseUri, port, secret }: { databaseUri: string; port: number; secret: string }) =>
  start({
    args: ['src/server.ts'],
    env: {
      DATABASE_URI: databaseUri,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      NODE_OPTIONS: '--conditions=production',
      PAYLOAD_SECRET: secret,
      RUN_JOBS: 'false',
      SEED_ON_EMPTY: 'false',
      SERVE_ADMIN: 'false',
      SERVER_URL: `http://127.0.0.1:${port}`,
    },
    name: 'The Vetted server',
    port,
    readyPath: '/v1/health',
  })

/** A bare node:http server answering every request with one captured response (see bareServer.ts). */
export const startBare = ({ capturePath, port }: { capturePath: string; port: number }) =>
  start({
    args: ['bench/bareServer.ts'],
    env: { BENCH_CAPTURE: capturePath, HOST: '127.0.0.1' },
    name: 'The bare node:http server',
    port,
    readyPath: '/ready',
  })

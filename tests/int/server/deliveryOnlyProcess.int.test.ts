// A delivery-only instance (SERVE_ADMIN=false) as deployed: its own process, production mode, never loading Next;
// and what production mode changes for sessions.
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestDatabase } from '../../helpers/database'

import { createTestDatabase } from '../../helpers/database'

const root = path.resolve(import.meta.dirname, '../../..')

let database: TestDatabase
let dir: string
let child: ChildProcess
let baseUrl: string
let output = ''

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

beforeAll(async () => {
  database = await createTestDatabase()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-delivery-only-'))
  const port = await freePort()
  baseUrl = `http://127.0.0.1:${port}`
  child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URI: database.uri,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      MEDIA_DIR: path.join(dir, 'media'),
      NODE_ENV: 'production',
      // Records every module the process loads (tests/helpers/recordModules.mjs).
      NODE_OPTIONS: '--conditions=production --import ./tests/helpers/recordModules.mjs',
      PORT: String(port),
      RECORD_MODULES_FILE: path.join(dir, 'modules.txt'),
      RUN_JOBS: 'false',
      SERVE_ADMIN: 'false',
      SERVER_URL: baseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output}`)
    const isUp = await fetch(`${baseUrl}/v1/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (isUp) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The server did not answer within 2 minutes:\n${output}`)
})

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  await database?.drop()
  fs.rmSync(dir, { force: true, recursive: true })
})

describe('a delivery-only instance', () => {
  it('answers /v1, REST and GraphQL, and never loads Next', async () => {
    expect((await fetch(`${baseUrl}/v1/health`)).status).toBe(200)
    expect((await fetch(`${baseUrl}/api/posts`)).status).toBe(403)
    const graphql = await fetch(`${baseUrl}/api/graphql`, {
      body: JSON.stringify({ query: '{ Topics { totalDocs } }' }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(graphql.status).toBe(200)
    expect((await fetch(`${baseUrl}/admin`)).status).toBe(404)

    const loaded = fs.readFileSync(path.join(dir, 'modules.txt'), 'utf8').split('\n')
    // The recorder works: Payload itself was loaded and recorded.
    expect(loaded.some((module) => module.includes('/node_modules/payload/'))).toBe(true)
    expect(loaded.filter((module) => module.includes('/node_modules/next/'))).toEqual([])
  })

  it('sets the auth cookie Secure, HttpOnly and SameSite=Lax in production, on registration and on login', async () => {
    // Setup
    const credentials = { email: 'first-admin@test.example', password: 'first-admin-password-1' }
    const headers = { 'Content-Type': 'application/json', Origin: baseUrl }
    // Action
    const registered = await fetch(`${baseUrl}/api/users/first-register`, {
      body: JSON.stringify({ ...credentials, name: 'First admin' }),
      headers,
      method: 'POST',
    })
    const loggedIn = await fetch(`${baseUrl}/api/users/login`, {
      body: JSON.stringify(credentials),
      headers,
      method: 'POST',
    })
    // Assert
    for (const response of [registered, loggedIn]) {
      expect(response.status).toBe(200)
      const cookie = response.headers.get('Set-Cookie') ?? ''
      expect(cookie).toMatch(/^payload-token=/)
      expect(cookie).toMatch(/;\s*Secure/i)
      expect(cookie).toMatch(/;\s*HttpOnly/i)
      expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    }
  })
})

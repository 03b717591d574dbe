// The HTTP server: a health route that asks the database, RFC 9457 problems for unknown /v1 routes, a
// delivery-only mode without the admin, and no 500s for malformed input.
import type { Server } from 'node:http'

import { describe, expect, it } from 'vitest'

import { deliveryGenerationKey } from '@/delivery/cache/deliveryGeneration'
import { createServer } from '@/http/createServer'

import { bootNetwork } from '../../helpers/bootNetwork'

type Health = {
  changes: { checkedAt: null | string; generation: null | string }
  database: { kind: string; latencyMs: number; reachable: boolean }
  status: string
}

const suite = bootNetwork()

describe('/v1', () => {
  it('reports a reachable database on /v1/health, uncached, and the generation its caches hold', async () => {
    // Setup: a change anyone could see, so the generation has moved since the server started
    await suite.booted.payload.create({ collection: 'topics', data: { name: 'Health check', slug: 'health-check' } })
    const written = (await suite.booted.payload.kv.get<{ id: string }>(deliveryGenerationKey))?.id
    // Action: ask until this instance's watcher has read the move (it polls every 250 ms)
    const ask = async () => {
      const response = await fetch(`${suite.booted.baseUrl}/v1/health`)
      return { body: (await response.json()) as Health, response }
    }
    let answer = await ask()
    for (let tries = 0; answer.body.changes.generation !== written && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      answer = await ask()
    }
    // Assert
    expect(answer.response.status).toBe(200)
    expect(answer.response.headers.get('cache-control')).toBe('no-store')
    expect(answer.response.headers.get('etag')).toBeNull()
    expect(answer.body).toMatchObject({ changes: { generation: written }, database: { reachable: true }, status: 'ok' })
    expect(Date.now() - Date.parse(answer.body.changes.checkedAt as string)).toBeLessThan(5000)
    expect(['sqlite', 'postgres']).toContain(answer.body.database.kind)
  })

  it('answers an unknown /v1 route with a 404 problem document, without a validator', async () => {
    const response = await fetch(`${suite.booted.baseUrl}/v1/nothing-here`)
    expect(response.status).toBe(404)
    expect(response.headers.get('etag')).toBeNull()
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not found' })
  })
})

describe('/v1/openapi.json', () => {
  it('has a strong ETag per coding, answers 304 to a client that holds it, and compresses', async () => {
    // Action
    const plain = await fetch(`${suite.booted.baseUrl}/v1/openapi.json`, { headers: { 'Accept-Encoding': 'identity' } })
    const gzipped = await fetch(`${suite.booted.baseUrl}/v1/openapi.json`, { headers: { 'Accept-Encoding': 'gzip' } })
    const etag = plain.headers.get('etag') as string
    const held = await fetch(`${suite.booted.baseUrl}/v1/openapi.json`, {
      headers: { 'Accept-Encoding': 'identity', 'If-None-Match': etag },
    })
    // Assert
    expect(plain.status).toBe(200)
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    expect(gzipped.headers.get('etag')).not.toBe(etag)
    expect((await gzipped.json()) as { openapi: string }).toMatchObject({ openapi: '3.1.0' })
    expect(held.status).toBe(304)
    expect(plain.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('delivery-only instances', () => {
  it('serve /v1 and /api but answer other paths with a problem instead of the admin', async () => {
    // The test server already runs without Next: exactly what SERVE_ADMIN=false starts.
    const admin = await fetch(`${suite.booted.baseUrl}/admin`)
    expect(admin.status).toBe(404)
    expect(((await admin.json()) as { detail: string }).detail).toContain('delivery API')
    expect((await fetch(`${suite.booted.baseUrl}/v1/health`)).status).toBe(200)
    expect((await fetch(`${suite.booted.baseUrl}/api/posts`)).status).toBe(403)
  })

  it('hand every other path to Next when the admin is served', async () => {
    const seen: string[] = []
    const server: Server = createServer({
      config: suite.booted.config,
      nextHandler: (req, res) => {
        seen.push(req.url)
        res.status(204).end()
      },
      payload: suite.booted.payload,
    }).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const { port } = server.address() as { port: number }
    expect((await fetch(`http://127.0.0.1:${port}/admin/collections/posts`)).status).toBe(204)
    expect((await fetch(`http://127.0.0.1:${port}/v1/health`)).status).toBe(200)
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    expect(seen).toEqual(['/admin/collections/posts'])
  })
})

describe('bad input', () => {
  it.each([
    ['malformed JSON', 'POST', '/api/users/login', '{"email": '],
    ['an unknown collection', 'GET', '/api/no-such-collection', undefined],
    ['a malformed id', 'GET', '/api/posts/%E0%A4%A', undefined],
    ['a nonsense where query', 'GET', '/api/topics?where[name][no_such_operator]=x', undefined],
  ])('answers %s with a 4xx, never a 500', async (_label, method, path, body) => {
    const response = await fetch(`${suite.booted.baseUrl}${path}`, {
      body,
      headers: { 'Content-Type': 'application/json' },
      method,
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('answers an invalid GraphQL query with errors, never a 500', async () => {
    const response = await fetch(`${suite.booted.baseUrl}/api/graphql`, {
      body: '{"query":"{ Posts { nope } }"}',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBeLessThan(500)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toContain('nope')
  })
})

// CORS on /v1 over real HTTP: a page on a clinic's own site (or in CORS_ORIGINS) may read what that clinic's key
// is given, on the cache-hit path as on the router's; any other page may not; a preflight says which.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootNetwork } from '../../helpers/bootNetwork'
import { deliver, issueKeyAsAdmin } from '../../helpers/clinicKey'

// Read by the server when it starts (src/http/corsOrigins.ts).
process.env.CORS_ORIGINS = 'http://localhost:4321'
afterAll(() => {
  delete process.env.CORS_ORIGINS
})

const suite = bootNetwork()
let keyA: string
let keyB: string
const siteA = 'https://clinic-a.example'
const siteB = 'https://clinic-b.example'

beforeAll(async () => {
  const { admin } = suite.network.users
  const { payload } = suite.booted
  await payload.update({
    collection: 'clinics',
    data: { domains: ['clinic-a.example'] },
    id: suite.network.clinicA.id,
    overrideAccess: true,
  })
  await payload.update({
    collection: 'clinics',
    data: { domains: ['clinic-b.example'] },
    id: suite.network.clinicB.id,
    overrideAccess: true,
  })
  keyA = (await issueKeyAsAdmin({ admin, baseUrl: suite.booted.baseUrl, clinicId: suite.network.clinicA.id })).key
  keyB = (await issueKeyAsAdmin({ admin, baseUrl: suite.booted.baseUrl, clinicId: suite.network.clinicB.id })).key
})

const preflight = (origin: string, path = '/posts') =>
  fetch(`${suite.booted.baseUrl}/v1${path}`, {
    headers: {
      'Access-Control-Request-Headers': 'authorization',
      'Access-Control-Request-Method': 'GET',
      Origin: origin,
    },
    method: 'OPTIONS',
  })

/** The same call twice: the first fills the cache through the router, the second is a cache hit ahead of it. */
const allowedOriginTwice = async (key: string | undefined, origin: string, path = '/posts') => {
  const answers = [
    await deliver(suite.booted.baseUrl, path, key, { Origin: origin }),
    await deliver(suite.booted.baseUrl, path, key, { Origin: origin }),
  ]
  return answers.map((answer) => answer.headers.get('access-control-allow-origin'))
}

describe('a preflight', () => {
  it('is granted to a clinic site and to CORS_ORIGINS, for GET with a key', async () => {
    for (const origin of [siteA, siteB, 'http://localhost:4321']) {
      const answer = await preflight(origin)
      expect(answer.status).toBe(204)
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin)
      expect(answer.headers.get('access-control-allow-methods')).toBe('GET, HEAD')
      expect(answer.headers.get('access-control-allow-headers')).toContain('Authorization')
      expect(answer.headers.get('vary')).toContain('Origin')
    }
  })

  it('is refused to any other page with a problem that says why, and grants nothing', async () => {
    const answer = await preflight('https://elsewhere.example')
    expect(answer.status).toBe(403)
    expect(answer.headers.get('access-control-allow-origin')).toBeNull()
    expect(((await answer.json()) as { detail: string }).detail).toContain('CORS_ORIGINS')
    // A clinic's domain over plain http is not its site.
    expect((await preflight('http://clinic-a.example')).status).toBe(403)
  })

  it('is told the methods when it is not a CORS request', async () => {
    const answer = await fetch(`${suite.booted.baseUrl}/v1/posts`, { method: 'OPTIONS' })
    expect(answer.status).toBe(204)
    expect(answer.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
  })
})

describe('an answer to a key', () => {
  it('may be read by its own clinic’s site and CORS_ORIGINS, from the router and from the cache', async () => {
    expect(await allowedOriginTwice(keyA, siteA)).toEqual([siteA, siteA])
    expect(await allowedOriginTwice(keyA, 'http://localhost:4321', '/topics')).toEqual([
      'http://localhost:4321',
      'http://localhost:4321',
    ])
    const answer = await deliver(suite.booted.baseUrl, '/posts', keyA, { Origin: siteA })
    expect(answer.headers.get('vary')).toContain('Origin')
    expect(answer.headers.get('access-control-expose-headers')).toContain('RateLimit-Remaining')
  })

  it('is not given to another clinic’s site, nor to any other page', async () => {
    expect(await allowedOriginTwice(keyB, siteA)).toEqual([null, null])
    expect(await allowedOriginTwice(keyA, 'https://elsewhere.example')).toEqual([null, null])
    // The answer itself is the same: CORS only decides whether the browser lets the page read it.
    expect((await deliver(suite.booted.baseUrl, '/posts', keyB, { Origin: siteA })).status).toBe(200)
  })

  it('that is an error can be read by a clinic site, so its developer sees why', async () => {
    const missing = await deliver(suite.booted.baseUrl, '/posts', undefined, { Origin: siteA })
    expect(missing.status).toBe(401)
    expect(missing.headers.get('access-control-allow-origin')).toBe(siteA)
    const unknown = await deliver(suite.booted.baseUrl, '/posts', `vk_${'x'.repeat(43)}`, { Origin: siteB })
    expect(unknown.status).toBe(401)
    expect(unknown.headers.get('access-control-allow-origin')).toBe(siteB)
  })

  it('follows a change of the clinic’s domains within a poll', async () => {
    const www = 'https://www.clinic-a.example'
    expect(await allowedOriginTwice(keyA, www)).toEqual([null, null])
    await suite.booted.payload.update({
      collection: 'clinics',
      data: { domains: ['clinic-a.example', 'www.clinic-a.example'] },
      id: suite.network.clinicA.id,
      overrideAccess: true,
    })
    await expect.poll(() => allowedOriginTwice(keyA, www), { interval: 100, timeout: 5_000 }).toEqual([www, www])
    expect((await preflight(www)).status).toBe(204)
  })
})

describe('the OpenAPI document', () => {
  it('may be read by any page (Swagger UI or Redoc elsewhere)', async () => {
    const answer = await fetch(`${suite.booted.baseUrl}/v1/openapi.json`, {
      headers: { Origin: 'https://docs.example' },
    })
    expect(answer.headers.get('access-control-allow-origin')).toBe('*')
  })
})

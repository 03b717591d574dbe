// Clinic keys: only admins issue, rotate and revoke them; the secret is shown once and never read back; a revoked
// or rotated secret stops working at once.
import { describe, expect, it } from 'vitest'

import { graphqlActor, login, restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { deliver, issueKeyAsAdmin } from '../../helpers/clinicKey'

const suite = bootNetwork()

describe('a clinic key', () => {
  it('is shown once when issued and never returned by any read afterwards', async () => {
    const { headers, id, key } = await issueKeyAsAdmin({
      admin: suite.network.users.admin,
      baseUrl: suite.booted.baseUrl,
      clinicId: suite.network.clinicA.id,
    })
    expect(key).toMatch(/^vk_[\w-]{43}$/)
    const reads = [
      await (await fetch(`${suite.booted.baseUrl}/api/clinic-keys/${id}`, { headers })).text(),
      await (await fetch(`${suite.booted.baseUrl}/api/clinic-keys?depth=1`, { headers })).text(),
      JSON.stringify(
        await suite.booted.payload.findByID({
          collection: 'clinic-keys',
          id,
          overrideAccess: true,
          showHiddenFields: false,
        }),
      ),
      await (
        await fetch(`${suite.booted.baseUrl}/api/graphql`, {
          body: JSON.stringify({ query: '{ ClinicKeys { docs { id name masked issuedAt revokedAt } } }' }),
          headers,
          method: 'POST',
        })
      ).text(),
    ]
    for (const read of reads) {
      expect(read).not.toContain(key)
      expect(read).not.toContain(key.slice(3, 20))
    }
    const doc = (await (await fetch(`${suite.booted.baseUrl}/api/clinic-keys/${id}`, { headers })).json()) as {
      hash?: string
      masked: string
    }
    expect(doc.hash).toBeUndefined()
    const askForHash = await fetch(`${suite.booted.baseUrl}/api/graphql`, {
      body: JSON.stringify({ query: '{ ClinicKeys { docs { hash } } }' }),
      headers,
      method: 'POST',
    })
    // Payload keeps hidden fields in the GraphQL schema but never fills them.
    expect(
      (
        (await askForHash.json()) as { data: { ClinicKeys: { docs: { hash: null | string }[] } } }
      ).data.ClinicKeys.docs.every((each) => each.hash === null),
    ).toBe(true)
    expect(doc.masked).toBe(`${key.slice(0, 7)}…${key.slice(-4)}`)
    expect((await deliver(suite.booted.baseUrl, '/posts', key)).status).toBe(200)
  })

  it('cannot be planted: a hash or mask sent by a client is ignored', async () => {
    const headers = {
      Authorization: `JWT ${await login({ baseUrl: suite.booted.baseUrl, user: suite.network.users.admin })}`,
      'Content-Type': 'application/json',
    }
    const planted = 'vk_' + 'a'.repeat(43)
    const { createHash } = await import('node:crypto')
    const response = await fetch(`${suite.booted.baseUrl}/api/clinic-keys`, {
      body: JSON.stringify({
        clinic: suite.network.clinicA.id,
        hash: createHash('sha256').update(planted).digest('hex'),
        masked: 'vk_a…aaaa',
        name: 'Planted',
      }),
      headers,
      method: 'POST',
    })
    expect(response.status).toBe(201)
    expect(((await response.json()) as { doc: { masked: null | string } }).doc.masked).toBeNull()
    expect((await deliver(suite.booted.baseUrl, '/posts', planted)).status).toBe(401)
  })

  it('is managed by admins only, over REST, GraphQL and the Local API', async () => {
    const { id } = await issueKeyAsAdmin({
      admin: suite.network.users.admin,
      baseUrl: suite.booted.baseUrl,
      clinicId: suite.network.clinicA.id,
    })
    for (const user of [undefined, suite.network.users.editor, suite.network.users.marketerA]) {
      const rest = await restActor({ baseUrl: suite.booted.baseUrl, user })
      expect((await rest.find('clinic-keys', {})).isAllowed).toBe(false)
      expect((await rest.create('clinic-keys', { clinic: suite.network.clinicA.id, name: 'Mine' })).isAllowed).toBe(
        false,
      )
      expect((await rest.update('clinic-keys', id, { name: 'Renamed' })).isAllowed).toBe(false)
      const graphql = await graphqlActor({ baseUrl: suite.booted.baseUrl, payload: suite.booted.payload, user })
      expect((await graphql.find('clinic-keys', {})).ids).toEqual([])
      const issue = await fetch(`${suite.booted.baseUrl}/api/clinic-keys/${id}/issue`, {
        headers: user ? { Authorization: `JWT ${await login({ baseUrl: suite.booted.baseUrl, user })}` } : {},
        method: 'POST',
      })
      expect(issue.status).toBe(403)
    }
    await expect(
      suite.booted.payload.find({
        collection: 'clinic-keys',
        overrideAccess: false,
        user: suite.network.users.marketerA,
      }),
    ).rejects.toThrow()
  })

  it('stops working at once when rotated, the new secret working instead', async () => {
    const { headers, id, key } = await issueKeyAsAdmin({
      admin: suite.network.users.admin,
      baseUrl: suite.booted.baseUrl,
      clinicId: suite.network.clinicA.id,
    })
    expect((await deliver(suite.booted.baseUrl, '/posts', key)).status).toBe(200)
    const rotated = (await (
      await fetch(`${suite.booted.baseUrl}/api/clinic-keys/${id}/issue`, { headers, method: 'POST' })
    ).json()) as { key: string }
    expect(rotated.key).not.toBe(key)
    await expect
      .poll(async () => (await deliver(suite.booted.baseUrl, '/posts', key)).status, { interval: 100, timeout: 5_000 })
      .toBe(401)
    expect((await deliver(suite.booted.baseUrl, '/posts', rotated.key)).status).toBe(200)
  })

  it('answers 403 once revoked, and cannot be revived or re-issued', async () => {
    const { headers, id, key } = await issueKeyAsAdmin({
      admin: suite.network.users.admin,
      baseUrl: suite.booted.baseUrl,
      clinicId: suite.network.clinicA.id,
    })
    expect((await deliver(suite.booted.baseUrl, '/posts', key)).status).toBe(200)
    await fetch(`${suite.booted.baseUrl}/api/clinic-keys/${id}`, {
      body: JSON.stringify({ revokedAt: '2099-01-01T00:00:00.000Z' }),
      headers,
      method: 'PATCH',
    })
    await expect
      .poll(async () => (await deliver(suite.booted.baseUrl, '/posts', key)).status, { interval: 100, timeout: 5_000 })
      .toBe(403)
    const revived = await fetch(`${suite.booted.baseUrl}/api/clinic-keys/${id}`, {
      body: JSON.stringify({ revokedAt: null }),
      headers,
      method: 'PATCH',
    })
    expect(((await revived.json()) as { doc: { revokedAt: null | string } }).doc.revokedAt).not.toBeNull()
    expect(
      (await fetch(`${suite.booted.baseUrl}/api/clinic-keys/${id}/issue`, { headers, method: 'POST' })).status,
    ).toBe(409)
    expect((await deliver(suite.booted.baseUrl, '/posts', key)).status).toBe(403)
  })
})

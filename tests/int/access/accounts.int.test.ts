// Accounts: nobody grants themselves roles or clinics, repeated failed logins are throttled, and Payload's
// own collections (jobs, preferences, edit locks) are closed to those who have no business there.
import { describe, expect, it } from 'vitest'

import type { TestUser } from '../../helpers/network'

import { graphqlActor, localActor, login, restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'

const suite = bootNetwork()

const reload = (user: TestUser) =>
  suite.booted.payload.findByID({ collection: 'users', depth: 0, id: user.id, overrideAccess: true })
const clinicIds = (user: { clinics?: null | { clinic: string | { id: string } }[] }) =>
  (user.clinics ?? []).map(({ clinic }) => (typeof clinic === 'object' ? clinic.id : clinic))

describe('escalation', () => {
  it('a marketer cannot give themselves roles or clinics, on any transport', async () => {
    const user = suite.network.users.marketerA
    const actors = [
      localActor({ payload: suite.booted.payload, user }),
      await restActor({ baseUrl: suite.booted.baseUrl, user }),
      await graphqlActor({ baseUrl: suite.booted.baseUrl, payload: suite.booted.payload, user }),
    ]
    for (const actor of actors) {
      await actor.update('users', user.id, {
        clinics: [{ clinic: suite.network.clinicA.id }, { clinic: suite.network.clinicB.id }],
        roles: ['admin'],
      })
      const after = await reload(user)
      expect(after.roles, actor.name).toEqual(['marketer'])
      expect(clinicIds(after), actor.name).toEqual([suite.network.clinicA.id])
    }
  })

  it('an editor cannot add clinic memberships or verify their own licence', async () => {
    const user = suite.network.users.editor
    const rest = await restActor({ baseUrl: suite.booted.baseUrl, user })
    await rest.update('users', user.id, {
      clinics: [{ clinic: suite.network.clinicA.id }],
      credentials: { verifiedAt: new Date().toISOString() },
      roles: ['admin'],
    })
    const after = await reload(user)
    expect(after.roles).toEqual(['editor'])
    expect(clinicIds(after)).toEqual([])
    expect(after.credentials?.verifiedAt ?? null).toBeNull()
  })

  it('an admin can grant roles and clinics', async () => {
    const rest = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.admin })
    const result = await rest.update('users', suite.network.users.marketerB.id, {
      clinics: [{ clinic: suite.network.clinicB.id }, { clinic: suite.network.clinicA.id }],
    })
    expect(result.isAllowed).toBe(true)
    expect(clinicIds(await reload(suite.network.users.marketerB)).sort()).toEqual(
      [suite.network.clinicA.id, suite.network.clinicB.id].sort(),
    )
    await rest.update('users', suite.network.users.marketerB.id, { clinics: [{ clinic: suite.network.clinicB.id }] })
  })

  it('a marketer cannot create users', async () => {
    const marketer = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    const refused = await marketer.create('users', {
      email: 'sneaky@test.example',
      name: 'Sneaky',
      password: 'sneaky-password-1',
      roles: ['admin'],
    })
    expect(refused.isAllowed).toBe(false)
    expect(
      (
        await suite.booted.payload.count({
          collection: 'users',
          overrideAccess: true,
          where: { email: { equals: 'sneaky@test.example' } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('login throttling', () => {
  it('throttles five failed logins from one address without locking the account', async () => {
    const user = suite.network.users.marketerB
    const attempt = (password: string, address: string) =>
      fetch(`${suite.booted.baseUrl}/api/users/login`, {
        body: JSON.stringify({ email: user.email, password }),
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
        method: 'POST',
      })
    for (let i = 0; i < 5; i += 1) expect((await attempt('wrong-password', '203.0.113.9')).status).toBe(401)
    // That address now waits, even with the right password; the owner, elsewhere, signs in.
    expect((await attempt(user.password, '203.0.113.9')).status).toBe(429)
    expect((await attempt(user.password, '203.0.113.10')).status).toBe(200)
  })
})

describe("Payload's own collections", () => {
  it('jobs are visible to admins only', async () => {
    const marketer = await login({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    const editor = await login({ baseUrl: suite.booted.baseUrl, user: suite.network.users.editor })
    const admin = await login({ baseUrl: suite.booted.baseUrl, user: suite.network.users.admin })
    const jobs = (token: string) =>
      fetch(`${suite.booted.baseUrl}/api/payload-jobs`, { headers: { Authorization: `JWT ${token}` } })
    expect((await jobs(marketer)).status).toBe(403)
    expect((await jobs(editor)).status).toBe(403)
    expect((await jobs(admin)).status).toBe(200)
    const run = await fetch(`${suite.booted.baseUrl}/api/payload-jobs/run`, {
      headers: { Authorization: `JWT ${marketer}` },
    })
    expect([401, 403]).toContain(run.status)
  })

  it("preferences are each user's own", async () => {
    // Payload takes the preference's owner from the request's user.
    await suite.booted.payload.create({
      collection: 'payload-preferences',
      data: {
        key: 'secret-columns',
        user: { relationTo: 'users', value: suite.network.users.editor.id },
        value: { x: 1 },
      },
      overrideAccess: true,
      user: suite.network.users.editor,
    })
    const asMarketer = await suite.booted.payload.find({
      collection: 'payload-preferences',
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    expect(asMarketer.docs).toEqual([])
    const asEditor = await suite.booted.payload.find({
      collection: 'payload-preferences',
      overrideAccess: false,
      user: suite.network.users.editor,
    })
    expect(asEditor.docs.map((doc) => doc.key)).toEqual(['secret-columns'])
  })

  it("edit locks on clinic B's documents are hidden from clinic A's marketer", async () => {
    await suite.booted.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'posts', value: suite.network.b.draft.id },
        user: { relationTo: 'users', value: suite.network.users.marketerB.id },
      },
      overrideAccess: true,
    })
    const asMarketerA = await suite.booted.payload.find({
      collection: 'payload-locked-documents',
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    expect(asMarketerA.docs).toEqual([])
    const asEditor = await suite.booted.payload.find({
      collection: 'payload-locked-documents',
      overrideAccess: false,
      user: suite.network.users.editor,
    })
    expect(asEditor.docs).toHaveLength(1)
  })
})

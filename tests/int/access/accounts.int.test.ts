// Accounts: nobody grants themselves roles or clinics, repeated failed logins are throttled, and Payload's
// own collections (jobs, preferences, edit locks) are closed to those who have no business there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Booted } from '../../helpers/boot'
import type { Network, TestUser } from '../../helpers/network'

import { graphqlActor, localActor, login, restActor } from '../../helpers/actors'
import { boot } from '../../helpers/boot'
import { createNetwork } from '../../helpers/network'

let booted: Booted
let network: Network

beforeAll(async () => {
  booted = await boot()
  network = await createNetwork(booted.payload)
})
afterAll(async () => booted?.shutdown())

const reload = (user: TestUser) =>
  booted.payload.findByID({ collection: 'users', depth: 0, id: user.id, overrideAccess: true })
const clinicIds = (user: { clinics?: null | { clinic: string | { id: string } }[] }) =>
  (user.clinics ?? []).map(({ clinic }) => (typeof clinic === 'object' ? clinic.id : clinic))

describe('escalation', () => {
  it('a marketer cannot give themselves roles or clinics, on any transport', async () => {
    const user = network.users.marketerA
    const actors = [
      localActor({ payload: booted.payload, user }),
      await restActor({ baseUrl: booted.baseUrl, user }),
      await graphqlActor({ baseUrl: booted.baseUrl, payload: booted.payload, user }),
    ]
    for (const actor of actors) {
      await actor.update('users', user.id, {
        clinics: [{ clinic: network.clinicA.id }, { clinic: network.clinicB.id }],
        roles: ['admin'],
      })
      const after = await reload(user)
      expect(after.roles, actor.name).toEqual(['marketer'])
      expect(clinicIds(after), actor.name).toEqual([network.clinicA.id])
    }
  })

  it('an editor cannot add clinic memberships or verify their own licence', async () => {
    const user = network.users.editor
    const rest = await restActor({ baseUrl: booted.baseUrl, user })
    await rest.update('users', user.id, {
      clinics: [{ clinic: network.clinicA.id }],
      credentials: { verifiedAt: new Date().toISOString() },
      roles: ['admin'],
    })
    const after = await reload(user)
    expect(after.roles).toEqual(['editor'])
    expect(clinicIds(after)).toEqual([])
    expect(after.credentials?.verifiedAt ?? null).toBeNull()
  })

  it('an admin can grant roles and clinics', async () => {
    const rest = await restActor({ baseUrl: booted.baseUrl, user: network.users.admin })
    const result = await rest.update('users', network.users.marketerB.id, {
      clinics: [{ clinic: network.clinicB.id }, { clinic: network.clinicA.id }],
    })
    expect(result.isAllowed).toBe(true)
    expect(clinicIds(await reload(network.users.marketerB)).sort()).toEqual(
      [network.clinicA.id, network.clinicB.id].sort(),
    )
    await rest.update('users', network.users.marketerB.id, { clinics: [{ clinic: network.clinicB.id }] })
  })

  it('a marketer cannot create users', async () => {
    const marketer = await restActor({ baseUrl: booted.baseUrl, user: network.users.marketerA })
    const refused = await marketer.create('users', {
      email: 'sneaky@test.example',
      name: 'Sneaky',
      password: 'sneaky-password-1',
      roles: ['admin'],
    })
    expect(refused.isAllowed).toBe(false)
    expect(
      (
        await booted.payload.count({
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
    const user = network.users.marketerB
    const attempt = (password: string, address: string) =>
      fetch(`${booted.baseUrl}/api/users/login`, {
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
    const marketer = await login({ baseUrl: booted.baseUrl, user: network.users.marketerA })
    const editor = await login({ baseUrl: booted.baseUrl, user: network.users.editor })
    const admin = await login({ baseUrl: booted.baseUrl, user: network.users.admin })
    const jobs = (token: string) =>
      fetch(`${booted.baseUrl}/api/payload-jobs`, { headers: { Authorization: `JWT ${token}` } })
    expect((await jobs(marketer)).status).toBe(403)
    expect((await jobs(editor)).status).toBe(403)
    expect((await jobs(admin)).status).toBe(200)
    const run = await fetch(`${booted.baseUrl}/api/payload-jobs/run`, { headers: { Authorization: `JWT ${marketer}` } })
    expect([401, 403]).toContain(run.status)
  })

  it("preferences are each user's own", async () => {
    // Payload takes the preference's owner from the request's user.
    await booted.payload.create({
      collection: 'payload-preferences',
      data: { key: 'secret-columns', user: { relationTo: 'users', value: network.users.editor.id }, value: { x: 1 } },
      overrideAccess: true,
      user: network.users.editor,
    })
    const asMarketer = await booted.payload.find({
      collection: 'payload-preferences',
      overrideAccess: false,
      user: network.users.marketerA,
    })
    expect(asMarketer.docs).toEqual([])
    const asEditor = await booted.payload.find({
      collection: 'payload-preferences',
      overrideAccess: false,
      user: network.users.editor,
    })
    expect(asEditor.docs.map((doc) => doc.key)).toEqual(['secret-columns'])
  })

  it("edit locks on clinic B's documents are hidden from clinic A's marketer", async () => {
    await booted.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'posts', value: network.b.draft.id },
        user: { relationTo: 'users', value: network.users.marketerB.id },
      },
      overrideAccess: true,
    })
    const asMarketerA = await booted.payload.find({
      collection: 'payload-locked-documents',
      overrideAccess: false,
      user: network.users.marketerA,
    })
    expect(asMarketerA.docs).toEqual([])
    const asEditor = await booted.payload.find({
      collection: 'payload-locked-documents',
      overrideAccess: false,
      user: network.users.editor,
    })
    expect(asEditor.docs).toHaveLength(1)
  })
})

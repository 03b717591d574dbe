// Sessions, accounts, CSRF and edit locks: each row tries an attack from the security issue and asserts the
// refusal (and that nothing changed), over the real HTTP server.
import { describe, expect, it } from 'vitest'

import type { TestUser } from '../../helpers/network'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'

// Read when the first login arrives; small so the per-address and per-account limits can be reached in a test
// (no other case here fails more than 15 times on one account).
process.env.LOGIN_FAILURES_PER_ADDRESS_PER_DAY = '20'
process.env.LOGIN_FAILURES_PER_ACCOUNT_PER_HOUR = '15'

const suite = bootNetwork()

let addressCounter = 10
/** A fresh client address per case (express trusts X-Forwarded-For from loopback), so cases don't share limits. */
const freshAddress = () => `198.51.100.${(addressCounter += 1)}`

const signIn = (credentials: { email: string; password: string }, address?: string) =>
  fetch(`${suite.booted.baseUrl}/api/users/login`, {
    body: JSON.stringify(credentials),
    headers: { 'Content-Type': 'application/json', ...(address ? { 'X-Forwarded-For': address } : {}) },
    method: 'POST',
  })

const signInGraphQL = async (credentials: { email: string; password: string }, address: string) => {
  const response = await fetch(`${suite.booted.baseUrl}/api/graphql`, {
    body: JSON.stringify({
      query:
        'mutation($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
      variables: credentials,
    }),
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    method: 'POST',
  })
  const body = (await response.json()) as { errors?: { extensions?: { statusCode?: number } }[] }
  return body.errors?.[0]?.extensions?.statusCode ?? (body.errors ? 400 : 200)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

describe('login: throttled, never locked out', () => {
  it('five anonymous wrong logins from elsewhere do not lock the admin out', async () => {
    // Setup
    const admin = suite.network.users.admin
    const attacker = freshAddress()
    // Action
    for (let i = 0; i < 5; i += 1) await signIn({ email: admin.email, password: 'wrong-guess' }, attacker)
    const owner = await signIn({ email: admin.email, password: admin.password }, freshAddress())
    // Assert
    expect(owner.status).toBe(200)
  })

  it.each([
    [
      'REST',
      async (credentials: { email: string; password: string }, address: string) =>
        (await signIn(credentials, address)).status,
    ],
    ['GraphQL', signInGraphQL],
  ])('guessing one account from one address is answered 429 after five failures (%s)', async (_name, attempt) => {
    // Setup
    const user = suite.network.users.editor
    const address = freshAddress()
    // Action
    const statuses: number[] = []
    for (let i = 0; i < 6; i += 1) statuses.push(await attempt({ email: user.email, password: `guess-${i}` }, address))
    // Assert
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses[5]).toBe(429)
    // The owner, from another address, is not affected.
    expect(await attempt({ email: user.email, password: user.password }, freshAddress())).toBe(200)
  })

  it('a 429 says how long to wait (Retry-After) and what happened', async () => {
    // Setup
    const user = suite.network.users.marketerB
    const address = freshAddress()
    for (let i = 0; i < 5; i += 1) await signIn({ email: user.email, password: 'wrong-guess' }, address)
    // Action
    const throttled = await signIn({ email: user.email, password: user.password }, address)
    // Assert
    expect(throttled.status).toBe(429)
    expect(Number(throttled.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(((await throttled.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/too many/i)
  })

  it('one address trying many accounts is stopped by the per-address daily limit', async () => {
    // Setup
    const address = freshAddress()
    // Action
    const statuses: number[] = []
    for (let i = 0; i < 21; i += 1)
      statuses.push((await signIn({ email: `nobody-${i}@test.example`, password: 'guess' }, address)).status)
    // Assert
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true)
    expect(statuses[20]).toBe(429)
  })

  it('one account guessed from many addresses is closed to new addresses, never to one its owner used', async () => {
    // Setup: the owner has signed in from home before the attack.
    const credentials = { email: 'botnet-target@test.example', password: 'botnet-target-password-1' }
    await suite.booted.payload.create({
      collection: 'users',
      data: { ...credentials, name: 'Botnet target', roles: ['editor'] },
      overrideAccess: true,
    })
    const home = freshAddress()
    expect((await signIn(credentials, home)).status).toBe(200)
    // Action: fifteen addresses, one guess each, so no per-address limit is reached.
    const statuses: number[] = []
    for (let i = 0; i < 16; i += 1)
      statuses.push((await signIn({ ...credentials, password: `guess-${i}` }, freshAddress())).status)
    const fromNewAddress = await signIn(credentials, freshAddress())
    const fromHome = await signIn(credentials, home)
    // Assert
    expect(statuses.slice(0, 15).every((status) => status === 401)).toBe(true)
    expect(statuses[15]).toBe(429)
    expect(fromNewAddress.status).toBe(429)
    expect(((await fromNewAddress.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /many addresses/,
    )
    expect(fromHome.status).toBe(200)
  })

  it('answers for unknown e-mails take as long as for real ones', async () => {
    // Setup
    const user = suite.network.users.marketerA
    const time = async (email: string) => {
      const started = performance.now()
      await signIn({ email, password: 'wrong-guess' }, freshAddress())
      return performance.now() - started
    }
    await time(user.email)
    // Action
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 5; i += 1) {
      known.push(await time(user.email))
      unknown.push(await time(`nobody-timing-${i}@test.example`))
    }
    // Assert
    expect(median(unknown)).toBeGreaterThanOrEqual(0.5 * median(known))
  })
})

describe('account changes ask for the current password', () => {
  const patchSelf = async (user: TestUser, data: Record<string, unknown>) => {
    const token = await login({ baseUrl: suite.booted.baseUrl, user })
    return fetch(`${suite.booted.baseUrl}/api/users/${user.id}`, {
      body: JSON.stringify(data),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
  }

  it.each([
    ['e-mail, no current password', { email: 'taken-over@test.example' }],
    ['e-mail, wrong current password', { currentPassword: 'not-it', email: 'taken-over@test.example' }],
    ['password, no current password', { password: 'taken-over-password-1' }],
    ['password, wrong current password', { currentPassword: 'not-it', password: 'taken-over-password-1' }],
  ])('refuses to change your own %s', async (_name, data) => {
    // Setup
    const user = suite.network.users.marketerA
    // Action
    const response = await patchSelf(user, data)
    // Assert
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string }[] } }[] }
    expect(body.errors[0].data?.errors?.[0]?.path).toBe('currentPassword')
    const after = await suite.booted.payload.findByID({ collection: 'users', id: user.id, overrideAccess: true })
    expect(after.email).toBe(user.email)
    expect((await signIn({ email: user.email, password: user.password }, freshAddress())).status).toBe(200)
  })

  it('changes your own e-mail given the right current password, and an admin may reset others', async () => {
    // Setup
    const user = suite.network.users.marketerB
    const admin = await login({ baseUrl: suite.booted.baseUrl, user: suite.network.users.admin })
    // Action
    const own = await patchSelf(user, { currentPassword: user.password, name: 'Marketer B, renamed' })
    const changed = await patchSelf(user, { currentPassword: user.password, email: 'marketer-b2@test.example' })
    const reset = await fetch(`${suite.booted.baseUrl}/api/users/${user.id}`, {
      body: JSON.stringify({ email: user.email, password: user.password }),
      headers: { Authorization: `JWT ${admin}`, 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
    // Assert
    expect(own.status).toBe(200)
    expect(changed.status).toBe(200)
    expect(reset.status).toBe(200)
    expect((await signIn({ email: user.email, password: user.password }, freshAddress())).status).toBe(200)
  })
})

describe('CSRF: the auth cookie works only from the server’s own origins', () => {
  // Its own account, so failures elsewhere in this file (on today's code, lock-outs) cannot mask the result.
  const cookieOf = async (key: string) => {
    const credentials = { email: `csrf-${key}@test.example`, password: `csrf-${key}-password-1` }
    await suite.booted.payload.create({
      collection: 'users',
      data: { ...credentials, name: `CSRF ${key}`, roles: ['editor'] },
      overrideAccess: true,
    })
    const response = await signIn(credentials, freshAddress())
    const setCookie = response.headers.get('Set-Cookie') ?? ''
    return { cookie: setCookie.split(';')[0], setCookie }
  }
  const me = async (cookie: string, headers: Record<string, string>) => {
    const response = await fetch(`${suite.booted.baseUrl}/api/users/me`, { headers: { Cookie: cookie, ...headers } })
    return ((await response.json()) as { user: unknown }).user
  }

  it.each([
    ['a foreign Origin', 'origin', { Origin: 'https://evil.example' }],
    ['no Origin, cross-site fetch', 'cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('a cookie sent from %s does not authenticate', async (_name, key, headers) => {
    // Setup: the same cookie works from the admin's own pages.
    const { cookie } = await cookieOf(key)
    expect(await me(cookie, { 'Sec-Fetch-Site': 'same-origin' })).not.toBeNull()
    // Action
    const user = await me(cookie, headers)
    // Assert
    expect(user).toBeNull()
  })

  it('the cookie is SameSite=Lax and HttpOnly', async () => {
    // Action
    const { setCookie } = await cookieOf('flags')
    // Assert
    expect(setCookie).toMatch(/SameSite=Lax/i)
    expect(setCookie).toMatch(/HttpOnly/i)
  })
})

describe('edit locks', () => {
  const asUser = async (user: TestUser) => ({
    Authorization: `JWT ${await login({ baseUrl: suite.booted.baseUrl, user })}`,
    'Content-Type': 'application/json',
  })
  const locksOn = (id: string) =>
    suite.booted.payload.find({
      collection: 'payload-locked-documents',
      overrideAccess: true,
      where: { 'document.value': { equals: id } },
    })
  const lockAs = async (user: TestUser, id: string) => {
    await suite.booted.payload.delete({
      collection: 'payload-locked-documents',
      overrideAccess: true,
      where: { 'document.value': { equals: id } },
    })
    await suite.booted.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'posts', value: id }, user: { relationTo: 'users', value: user.id } },
      overrideAccess: true,
    })
  }

  it("a marketer cannot lock another clinic's post", async () => {
    // Setup
    const target = suite.network.b.draft.id
    // Action
    const response = await fetch(`${suite.booted.baseUrl}/api/payload-locked-documents`, {
      body: JSON.stringify({
        document: { relationTo: 'posts', value: target },
        user: { relationTo: 'users', value: suite.network.users.marketerA.id },
      }),
      headers: await asUser(suite.network.users.marketerA),
      method: 'POST',
    })
    // Assert
    expect(response.status).toBe(403)
    expect((await locksOn(target)).docs).toEqual([])
  })

  it("a lock is always made in the caller's own name", async () => {
    // Setup
    const target = suite.network.a.draft.id
    // Action
    await fetch(`${suite.booted.baseUrl}/api/payload-locked-documents`, {
      body: JSON.stringify({
        document: { relationTo: 'posts', value: target },
        user: { relationTo: 'users', value: suite.network.users.editor.id },
      }),
      headers: await asUser(suite.network.users.marketerA),
      method: 'POST',
    })
    // Assert
    const owners = (await locksOn(target)).docs.map((lock) => {
      const value = lock.user.value
      return typeof value === 'object' ? value.id : value
    })
    expect(owners).not.toContain(suite.network.users.editor.id)
  })

  const updateTitle = `mutation($id: String!) { updatePost(id: $id, data: { title: "Overwritten" }, draft: true) { id } }`
  it.each([
    [
      'REST with ?overrideLock=true',
      (id: string) => ({ body: { title: 'Overwritten' }, path: `/posts/${id}?draft=true&overrideLock=true` }),
    ],
    ['GraphQL updatePost', (id: string) => ({ body: { query: updateTitle, variables: { id } }, path: '/graphql' })],
    ['a workflow action', (id: string) => ({ body: { note: 'Please review' }, path: `/posts/${id}/workflow/submit` })],
  ])("a marketer cannot write past the editor's fresh lock through %s", async (_name, request) => {
    // Setup
    const id = suite.network.a.draft.id
    await lockAs(suite.network.users.editor, id)
    const before = await suite.booted.payload.findByID({ collection: 'posts', draft: true, id, overrideAccess: true })
    const { body, path } = request(id)
    // Action
    const response = await fetch(`${suite.booted.baseUrl}/api${path}`, {
      body: JSON.stringify(body),
      headers: await asUser(suite.network.users.marketerA),
      method: path.includes('/workflow/') || path === '/graphql' ? 'POST' : 'PATCH',
    })
    const text = await response.text()
    // Assert
    expect(response.status === 423 || /locked/i.test(text)).toBe(true)
    const after = await suite.booted.payload.findByID({ collection: 'posts', draft: true, id, overrideAccess: true })
    expect(after.title).toBe(before.title)
    expect(after.workflowState).toBe(before.workflowState)
    expect((await locksOn(id)).docs).toHaveLength(1)
  })

  it('an admin may override a lock by asking for it', async () => {
    // Setup
    const id = suite.network.a.draft.id
    await lockAs(suite.network.users.editor, id)
    // Action
    const response = await fetch(`${suite.booted.baseUrl}/api/posts/${id}?draft=true&overrideLock=true`, {
      body: JSON.stringify({ title: 'Taken over by the admin' }),
      headers: await asUser(suite.network.users.admin),
      method: 'PATCH',
    })
    // Assert
    expect(response.status).toBe(200)
  })
})

// Last: these empty the user table, which the cases above need.
describe('first registration', () => {
  const register = (email: string) =>
    fetch(`${suite.booted.baseUrl}/api/users/first-register`, {
      body: JSON.stringify({ email, name: 'Intruder', password: 'first-register-password-1' }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })

  it('trashing every user does not reopen first-register', async () => {
    // Setup
    const { payload } = suite.booted
    await payload.update({
      collection: 'users',
      data: { deletedAt: new Date().toISOString() },
      overrideAccess: true,
      where: { id: { exists: true } },
    })
    // Action
    const response = await register('intruder@test.example')
    // Assert
    expect(response.status).toBe(403)
    const intruders = await payload.count({
      collection: 'users',
      overrideAccess: true,
      trash: true,
      where: { email: { equals: 'intruder@test.example' } },
    })
    expect(intruders.totalDocs).toBe(0)
  })

  it('eight parallel first registrations on an empty database make one admin', async () => {
    // Setup: a database that has never held an account.
    const { payload } = suite.booted
    await payload.db.deleteMany({ collection: 'users', req: {}, where: {} })
    await payload.db.deleteMany({ collection: 'payload-kv', req: {}, where: {} })
    // Action
    const responses = await Promise.all(Array.from({ length: 8 }, (_, i) => register(`first-${i}@test.example`)))
    // Assert
    expect(responses.filter((response) => response.status === 200)).toHaveLength(1)
    expect(responses.every((response) => response.status < 500)).toBe(true)
    const users = await payload.find({ collection: 'users', overrideAccess: true, trash: true })
    expect(users.totalDocs).toBe(1)
    expect(users.docs[0].roles).toEqual(['admin'])
  })
})

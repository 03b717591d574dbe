// Assignment and e-mail: the real Payload sends through its nodemailer adapter to a real SMTP server on 127.0.0.1,
// from the queued e-mail jobs, and each test reads what each person's inbox received.
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { requestChanges, signOffPost, submitForReview } from '@/workflow/postActions'

import type { Booted } from '../../helpers/boot'
import type { Network, TestUser } from '../../helpers/network'
import type { SmtpCatcher } from '../../helpers/smtpCatcher'

import { login } from '../../helpers/actors'
import { boot } from '../../helpers/boot'
import { withBlocks } from '../../helpers/lexicalBodies'
import { createNetwork } from '../../helpers/network'
import { startSmtpCatcher } from '../../helpers/smtpCatcher'

const suite = {} as {
  booted: Booted
  editor2: TestUser
  marketerA2: TestUser
  network: Network
  smtp: SmtpCatcher
}

/**
 * What the e-mail queue's cron does every few seconds, now, until the queue is empty: a job another run has just
 * marked as processing is waited for, so no test reads an inbox before its mail is in.
 */
const runEmailJobs = async () => {
  const { payload } = suite.booted
  for (let round = 0; round < 100; round += 1) {
    await payload.jobs.run({ limit: 100, queue: 'emails' })
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { queue: { equals: 'emails' } },
    })
    if (!totalDocs) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('E-mail jobs are still waiting after 10 s.')
}

const makeUser = async (key: string, roles: ('editor' | 'marketer')[], clinics: string[] = []): Promise<TestUser> => {
  const password = `pw-${key}-0123456789`
  const user = await suite.booted.payload.create({
    collection: 'users',
    data: { clinics: clinics.map((clinic) => ({ clinic })), email: `${key}@test.example`, name: key, password, roles },
    overrideAccess: true,
  })
  return { ...user, collection: 'users', password }
}

beforeAll(async () => {
  suite.smtp = await startSmtpCatcher()
  // Before the config is imported (in boot): the adapter reads the environment once.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(suite.smtp.port)
  process.env.EMAIL_FROM = 'Vetted review <review@vetted.test>'
  suite.booted = await boot()
  suite.network = await createNetwork(suite.booted.payload)
  suite.editor2 = await makeUser('editor-2', ['editor'])
  suite.marketerA2 = await makeUser('marketer-a2', ['marketer'], [suite.network.clinicA.id])
  // The network's own publishing queued mail too; start each test from an empty inbox.
  await runEmailJobs()
  suite.smtp.reset()
})

beforeEach(async () => {
  await runEmailJobs()
  suite.smtp.reset()
})

afterAll(async () => {
  await suite.booted?.shutdown()
  await suite.smtp?.stop()
  delete process.env.SMTP_HOST
  delete process.env.SMTP_PORT
  delete process.env.EMAIL_FROM
})

const as = (user: TestUser) => createLocalReq({ user }, suite.booted.payload)

let count = 0
/** A fresh post of clinic A, submitted for review by its marketer. */
const postInReview = async () => {
  const { network } = suite
  const post = await suite.booted.payload.create({
    collection: 'posts',
    data: {
      body: withBlocks('Sessions last about forty minutes.', {
        blockType: 'citation',
        reference: network.reference.id,
      }),
      clinic: network.clinicA.id,
      slug: `notified-${++count}`,
      title: `Notified post ${count}`,
    },
    draft: true,
    overrideAccess: false,
    user: network.users.marketerA,
  })
  await submitForReview({ id: post.id, req: await as(network.users.marketerA) })
  await runEmailJobs()
  suite.smtp.reset()
  return post
}

const restAction = async (user: TestUser, id: string, action: string, body: Record<string, unknown>) => {
  const token = await login({ baseUrl: suite.booted.baseUrl, user })
  const response = await fetch(`${suite.booted.baseUrl}/api/posts/${id}/workflow/${action}`, {
    body: JSON.stringify(body),
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })
  return { body: (await response.json()) as Record<string, unknown>, status: response.status }
}

const latest = (id: string) =>
  suite.booted.payload.findByID({ collection: 'posts', depth: 0, draft: true, id, overrideAccess: true })

describe('assignment', () => {
  it('an editor gives a post to another editor, who alone is e-mailed "assigned to you"', async () => {
    // Setup
    const post = await postInReview()
    // Action
    const result = await restAction(suite.network.users.editor, post.id, 'assign', { editor: suite.editor2.id })
    await runEmailJobs()
    // Assert
    expect(result.status).toBe(200)
    expect((await latest(post.id)).assignedEditor).toBe(suite.editor2.id)
    const mail = suite.smtp.messages()
    expect(mail).toHaveLength(1)
    expect(mail[0].to).toEqual(['editor-2@test.example'])
    expect(mail[0].subject).toBe(`Assigned to you: ${post.title} (Clinic A)`)
    expect(mail[0].text).toContain('assigned to you for medical review by editor')
    expect(mail[0].text).toContain(`/admin/collections/posts/${post.id}`)
    const { docs: events } = await suite.booted.payload.find({
      collection: 'review-events',
      overrideAccess: true,
      where: { and: [{ documentId: { equals: post.id } }, { action: { equals: 'assign' } }] },
    })
    expect(events.map((event) => event.note)).toEqual(['Assigned to editor-2.'])
  })

  it('an editor takes a post for themself and gives it back to the pool, telling nobody', async () => {
    const post = await postInReview()
    expect((await restAction(suite.editor2, post.id, 'assign', { editor: suite.editor2.id })).status).toBe(200)
    expect((await latest(post.id)).assignedEditor).toBe(suite.editor2.id)
    expect((await restAction(suite.editor2, post.id, 'assign', { editor: null })).status).toBe(200)
    await runEmailJobs()
    expect((await latest(post.id)).assignedEditor ?? null).toBeNull()
    expect(suite.smtp.messages()).toHaveLength(0)
  })

  it('refuses assigning a marketer with an error on the field, and changes nothing', async () => {
    const post = await postInReview()
    const result = await restAction(suite.network.users.admin, post.id, 'assign', {
      editor: suite.network.users.marketerA.id,
    })
    expect(result.status).toBe(400)
    const [error] = result.body.errors as { data?: { errors?: { message: string; path: string }[] } }[]
    expect(error.data?.errors?.[0]).toMatchObject({
      message: 'marketer-a is not a medical editor: a post in review can only be assigned to a medical editor.',
      path: 'assignedEditor',
    })
    expect((await latest(post.id)).assignedEditor ?? null).toBeNull()
  })

  it('refuses marketers the action, and puts back an assignment written outside the workflow', async () => {
    const post = await postInReview()
    const result = await restAction(suite.network.users.marketerA, post.id, 'assign', { editor: suite.editor2.id })
    expect(result.status).toBe(403)
    await suite.booted.payload.update({
      collection: 'posts',
      data: { assignedEditor: suite.editor2.id },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: suite.network.users.admin,
    })
    expect((await latest(post.id)).assignedEditor ?? null).toBeNull()
  })

  it('leaves the medical reviewer to the sign-off: an assigned post signed by another editor names the signer', async () => {
    const post = await postInReview()
    await restAction(suite.network.users.admin, post.id, 'assign', { editor: suite.editor2.id })
    await signOffPost({ id: post.id, req: await as(suite.network.users.editor) })
    const signed = await latest(post.id)
    expect(signed.signOff?.signedOffBy).toBe(suite.network.users.editor.id)
    expect(signed.assignedEditor).toBe(suite.editor2.id)
  })
})

describe('review e-mails', () => {
  it("sends an editor's request for changes, with the note, to clinic A's marketers and never to clinic B's", async () => {
    const post = await postInReview()
    await requestChanges({
      id: post.id,
      note: 'Cite the 2023 trial for the forty minutes.',
      req: await as(suite.network.users.editor),
    })
    await runEmailJobs()
    const [toA] = suite.smtp.messages('marketer-a@test.example')
    expect(toA.subject).toBe(`Changes requested: ${post.title} (Clinic A)`)
    expect(toA.text).toContain('Cite the 2023 trial for the forty minutes.')
    expect(toA.html).toContain(`/admin/collections/posts/${post.id}`)
    expect(suite.smtp.messages('marketer-a2@test.example')).toHaveLength(1)
    expect(suite.smtp.messages('marketer-b@test.example')).toHaveLength(0)
    // Nobody is told what they did themselves.
    expect(suite.smtp.messages('editor@test.example')).toHaveLength(0)
  })

  it('sends a user none of a kind they turned off on their own account, and still the others', async () => {
    // Setup: marketer A2 turns off change requests, over REST, on their own account.
    const token = await login({ baseUrl: suite.booted.baseUrl, user: suite.marketerA2 })
    const response = await fetch(`${suite.booted.baseUrl}/api/users/${suite.marketerA2.id}`, {
      body: JSON.stringify({ emailsOff: ['changes_requested'] }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
    expect(response.status).toBe(200)
    const post = await postInReview()
    // Action
    await requestChanges({ id: post.id, note: 'Shorter title, please.', req: await as(suite.network.users.editor) })
    await submitForReview({ id: post.id, req: await as(suite.network.users.marketerA) })
    await signOffPost({ id: post.id, req: await as(suite.network.users.editor) })
    await runEmailJobs()
    // Assert
    expect(suite.smtp.messages('marketer-a2@test.example').map((mail) => mail.subject)).toEqual([
      `Signed off: ${post.title} (Clinic A)`,
    ])
    expect(suite.smtp.messages('marketer-a@test.example')).toHaveLength(2)
  })

  it("keeps a user's e-mail settings from other users", async () => {
    const other = await suite.booted.payload.findByID({
      collection: 'users',
      id: suite.marketerA2.id,
      overrideAccess: false,
      user: suite.network.users.editor,
    })
    expect(other.emailsOff).toBeUndefined()
    const own = await suite.booted.payload.findByID({
      collection: 'users',
      id: suite.marketerA2.id,
      overrideAccess: false,
      user: suite.marketerA2,
    })
    expect(own.emailsOff).toEqual(['changes_requested'])
  })

  it('sends a publish to the clinic marketers and the editor who signed it off', async () => {
    const post = await postInReview()
    await signOffPost({ id: post.id, req: await as(suite.editor2) })
    await runEmailJobs()
    suite.smtp.reset()
    const result = await restAction(suite.network.users.marketerA, post.id, 'publish', {})
    expect(result.status).toBe(200)
    await runEmailJobs()
    const subject = `Published: ${post.title} (Clinic A)`
    expect(suite.smtp.messages('editor-2@test.example').map((mail) => mail.subject)).toEqual([subject])
    expect(suite.smtp.messages('marketer-a2@test.example').map((mail) => mail.subject)).toEqual([subject])
    expect(suite.smtp.messages('editor@test.example')).toHaveLength(0)
    expect(suite.smtp.messages('marketer-b@test.example')).toHaveLength(0)
  })

  it("e-mails every new review alert to the post's clinic marketers and the editors, with its reason", async () => {
    const { network } = suite
    await suite.booted.payload.create({
      collection: 'review-alerts',
      data: {
        clinic: network.clinicA.id,
        post: network.a.published.id,
        reason: 'It cites a reference that was retracted.',
      },
      overrideAccess: true,
    })
    await runEmailJobs()
    for (const to of ['marketer-a@test.example', 'marketer-a2@test.example', 'editor@test.example']) {
      const [mail] = suite.smtp.messages(to)
      expect(mail.subject).toMatch(/^Needs review: .* \(Clinic A\)$/)
      expect(mail.text).toContain('It cites a reference that was retracted.')
    }
    expect(suite.smtp.messages('editor-2@test.example')).toHaveLength(1)
    expect(suite.smtp.messages('marketer-b@test.example')).toHaveLength(0)
    expect(suite.smtp.messages('admin@test.example')).toHaveLength(0)
  })
})

describe('invitations', () => {
  it('invites a user an admin made without a password: the link lets them choose one and sign in', async () => {
    // Setup: the admin leaves the password out.
    const token = await login({ baseUrl: suite.booted.baseUrl, user: suite.network.users.admin })
    const created = await fetch(`${suite.booted.baseUrl}/api/users`, {
      body: JSON.stringify({ email: 'new-editor@test.example', name: 'Dr New', roles: ['editor'] }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    // Action
    await runEmailJobs()
    const [invitation] = suite.smtp.messages('new-editor@test.example')
    const link = invitation.html.match(/href="([^"]*\/admin\/reset\/([0-9a-f]+))"/)
    expect(invitation.subject).toBe('You are invited to Vetted: choose your password')
    expect(link).not.toBeNull()
    const reset = await fetch(`${suite.booted.baseUrl}/api/users/reset-password`, {
      body: JSON.stringify({ password: 'a-password-of-my-own-42', token: link?.[2] }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    // Assert
    expect(reset.status).toBe(200)
    const session = await login({
      baseUrl: suite.booted.baseUrl,
      user: { email: 'new-editor@test.example', password: 'a-password-of-my-own-42' } as TestUser,
    })
    expect(session).toBeTruthy()
  })

  it('still asks anyone but an admin for a password, and invites nobody', async () => {
    const attempt = suite.booted.payload.create({
      collection: 'users',
      data: { email: 'scripted@test.example', name: 'Scripted', roles: ['marketer'] } as never,
      overrideAccess: true,
    })
    await expect(attempt).rejects.toMatchObject({ status: 400 })
    await runEmailJobs()
    expect(suite.smtp.messages('scripted@test.example')).toHaveLength(0)
  })

  it('sends no invitation when the admin typed a password', async () => {
    const token = await login({ baseUrl: suite.booted.baseUrl, user: suite.network.users.admin })
    const created = await fetch(`${suite.booted.baseUrl}/api/users`, {
      body: JSON.stringify({
        email: 'typed@test.example',
        name: 'Typed',
        password: 'typed-password-0123',
        roles: ['marketer'],
      }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    await runEmailJobs()
    expect(suite.smtp.messages('typed@test.example')).toHaveLength(0)
  })
})

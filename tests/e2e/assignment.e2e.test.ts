// In a real browser: an editor takes a post in review with "Assign to me" in the review panel and gives it back to
// the pool, an admin gives it to the editor, who is e-mailed; an admin invites someone from the users list without
// typing a password for them, and the invitation's link lets them choose one. The e-mails are read from a real
// SMTP server's inbox.
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { bodyOf } from '../helpers/lexicalBodies'
import { clickUntilShown, launchBrowser, logIn } from './browser'
import { mailFor } from './mailbox'

/** The one server every journey shares (globalSetup.ts). */
const server = { baseUrl: inject('e2eBaseUrl') }
/** The inbox of the SMTP server the journeys' Vetted sends to (globalSetup.ts). */
const mailbox = inject('e2eMailboxUrl')
let browser: Browser

const accounts = {
  admin: { email: 'admin@vetted.example', password: 'demo-admin-vetted' },
  editor: { email: 'editor@vetted.example', password: 'demo-editor-vetted' },
  marketer: { email: 'marketer@harbor-light.example', password: 'demo-marketer-vetted' },
} as const
type Account = keyof typeof accounts

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Payload's REST API as one of the demo accounts; throws on a refusal so setup failures say what failed. */
const api = async <T>(account: Account, method: string, path: string, body?: unknown): Promise<T> => {
  const login = await fetch(`${server.baseUrl}/api/users/login`, {
    body: JSON.stringify(accounts[account]),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await login.json()) as { token: string }
  const response = await fetch(`${server.baseUrl}/api/${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method,
  })
  const result = (await response.json()) as T
  if (!response.ok) throw new Error(`${method} ${path} as ${account}: ${response.status} ${JSON.stringify(result)}`)
  return result
}

const pageAs = async (account: Account): Promise<Page> => {
  const context = await browser.newContext({ viewport: { height: 1100, width: 1400 } })
  // Next compiles each admin page on its first visit in development; under a loaded CI machine that is slow.
  context.setDefaultTimeout(120_000)
  context.setDefaultNavigationTimeout(120_000)
  const page = await context.newPage()
  page.on('dialog', (dialog) => void dialog.accept())
  await logIn({ baseUrl: server.baseUrl, page, ...accounts[account] })
  return page
}

const assigneeOf = async (id: string) =>
  (await api<{ assignedEditor?: null | string }>('admin', 'GET', `posts/${id}?draft=true&depth=0`)).assignedEditor ??
  null

describe('assignment and invitations in the admin', { timeout: 600_000 }, () => {
  it('an editor takes a post in review with "Assign to me" and gives it back to the pool', async () => {
    // Setup: a post of Harbor Light in review.
    const clinic = (await api<{ docs: { id: string }[] }>('admin', 'GET', 'clinics?where[slug][equals]=harbor-light'))
      .docs[0].id
    const { doc } = await api<{ doc: { id: string } }>('marketer', 'POST', 'posts?draft=true', {
      body: bodyOf('A plain sentence.'),
      clinic,
      slug: `assign-${Math.random().toString(36).slice(2, 8)}`,
      title: 'Assignment journey',
    })
    await api('marketer', 'POST', `posts/${doc.id}/workflow/submit`, {})
    const { user } = await api<{ user: { id: string; name: string } }>('editor', 'GET', 'users/me')
    const page = await pageAs('editor')
    await page.goto(`${server.baseUrl}/admin/collections/posts/${doc.id}`)

    // Action and assert: assigned to the editor, then back to the pool, each shown without a page load.
    await page.click('[data-testid="assign-me"]')
    await expect.poll(() => assigneeOf(doc.id), { timeout: 60_000 }).toBe(user.id)
    await expect
      .poll(() => page.innerText('[data-testid="assigned-to"]'), { timeout: 60_000 })
      .toBe(`Assigned to ${user.name}.`)
    await page.screenshot({ fullPage: true, path: 'test-results/assignment-assigned.png' })
    await page.click('[data-testid="assign-pool"]')
    await expect.poll(() => assigneeOf(doc.id), { timeout: 60_000 }).toBeNull()
    await expect
      .poll(() => page.innerText('[data-testid="assigned-to"]'), { timeout: 60_000 })
      .toContain('Not assigned')
    await page.context().close()
    // Taking it oneself mails nobody; an admin giving it to the editor mails the editor, with a link to the post.
    const aboutThePost = async () =>
      (await mailFor(mailbox, accounts.editor.email))
        .map(({ subject }) => subject)
        .filter((subject) => subject.includes('Assignment journey'))
    expect(await aboutThePost()).toEqual([])
    const admin = await pageAs('admin')
    await admin.goto(`${server.baseUrl}/admin/collections/posts/${doc.id}`)
    await admin.selectOption('[data-testid="assign-choice"]', { label: user.name })
    await admin.click('[data-testid="assign-confirm"]')
    await expect.poll(() => assigneeOf(doc.id), { timeout: 60_000 }).toBe(user.id)
    // The e-mail goes out through the jobs queue, which runs every few seconds.
    await expect
      .poll(aboutThePost, { timeout: 60_000 })
      .toEqual(['Assigned to you: Assignment journey (Harbor Light Ketamine Center)'])
    const assigned = (await mailFor(mailbox, accounts.editor.email)).find(({ subject }) =>
      subject.includes('Assignment journey'),
    )
    expect(assigned?.text).toContain(`${server.baseUrl}/admin/collections/posts/${doc.id}`)
    await admin.context().close()
  })

  it('an admin invites someone from the users list with no typed password, and the e-mailed link lets them choose one', async () => {
    const page = await pageAs('admin')
    await page.goto(`${server.baseUrl}/admin/collections/users`)
    await clickUntilShown(
      page.locator('[data-testid="invite-user"] button'),
      page.locator('[data-testid="invite-name"]'),
    )
    const email = `invited-${Math.random().toString(36).slice(2, 8)}@vetted.example`
    await page.fill('[data-testid="invite-name"]', 'Dr Invited')
    await page.fill('[data-testid="invite-email"]', email)
    await page.selectOption('[data-testid="invite-role"]', 'editor')
    await page.click('[data-testid="invite-user"] button[type="submit"]')
    await page.waitForURL((url) => /\/admin\/collections\/users\/[^/]+$/.test(url.pathname))
    const { docs } = await api<{ docs: { name: string; roles: string[] }[] }>(
      'admin',
      'GET',
      `users?where[email][equals]=${encodeURIComponent(email)}`,
    )
    expect(docs).toMatchObject([{ name: 'Dr Invited', roles: ['editor'] }])
    await page.context().close()

    // The invitation reaches them; its link lets them choose a password and sign in with it.
    await expect
      .poll(async () => (await mailFor(mailbox, email)).map(({ subject }) => subject), { timeout: 60_000 })
      .toEqual(['You are invited to Vetted: choose your password'])
    const [invitation] = await mailFor(mailbox, email)
    const link = invitation.text.match(/https?:\/\/\S+\/reset\/\S+/)?.[0]
    expect(link, invitation.text).toBeTruthy()
    const context = await browser.newContext()
    context.setDefaultTimeout(120_000)
    const invitee = await context.newPage()
    await invitee.goto(link as string)
    // Typed before the page has hydrated, the form would drop the words; so it is filled and sent until it goes.
    const password = 'a-password-they-chose-1'
    for (let attempt = 0; invitee.url().includes('/reset/'); attempt += 1) {
      if (attempt === 12) throw new Error('The set-password form did not go through in 12 tries')
      await invitee.fill('#field-password', password)
      await invitee.fill('#field-confirm-password', password)
      await invitee.click('button[type="submit"]')
      await invitee.waitForURL((url) => !url.pathname.includes('/reset/'), { timeout: 5_000 }).catch(() => undefined)
    }
    const signedIn = await fetch(`${server.baseUrl}/api/users/login`, {
      body: JSON.stringify({ email, password }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(signedIn.status).toBe(200)
    await context.close()
  })

  it('offers a marketer no invitation form', async () => {
    const page = await pageAs('marketer')
    await page.goto(`${server.baseUrl}/admin/collections/users`)
    await page.waitForSelector('.collection-list')
    expect(await page.locator('[data-testid="invite-user"]').count()).toBe(0)
    await page.context().close()
  })
})

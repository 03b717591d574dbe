// In a real browser: an editor takes a post in review with "Assign to me" in the review panel and gives it back to
// the pool, and an admin invites someone from the users list without typing a password for them.
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { bodyOf } from '../helpers/lexicalBodies'
import { clickUntilShown, launchBrowser, logIn } from './browser'

/** The one server every journey shares (globalSetup.ts). */
const server = { baseUrl: inject('e2eBaseUrl') }
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
  })

  it('an admin invites someone from the users list, and the account is made with no typed password', async () => {
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
  })

  it('offers a marketer no invitation form', async () => {
    const page = await pageAs('marketer')
    await page.goto(`${server.baseUrl}/admin/collections/users`)
    await page.waitForSelector('.collection-list')
    expect(await page.locator('[data-testid="invite-user"]').count()).toBe(0)
    await page.context().close()
  })
})

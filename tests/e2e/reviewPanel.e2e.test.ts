// In a real browser: the review panel offers an editor and a marketer exactly the actions the transitions table
// allows them on posts in every state, every offered button succeeds on the server, and "Show in text" finds a
// flagged sentence in the post editor; the panel links to the post's preview, which shows the clinic's crisis line
// under a PREVIEW mark, and to the live page on the clinic's site.
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { WorkflowAction, WorkflowState } from '@/workflow/transitions'

import { siteAddressesOf } from '@/delivery/siteAddresses'
import { previewPathOf } from '@/preview/previewPathOf'
import { allowedActions } from '@/workflow/allowedActions'

import { bodyOf } from '../helpers/lexicalBodies'
import { launchBrowser, logIn } from './browser'
import { signOffInPanel } from './signOff'

/** The one server every journey shares (globalSetup.ts). */
const server = { baseUrl: inject('e2eBaseUrl') }
let browser: Browser
const contexts: BrowserContext[] = []

const accounts = {
  admin: { email: 'admin@vetted.example', password: 'demo-admin-vetted' },
  editor: { email: 'editor@vetted.example', password: 'demo-editor-vetted' },
  marketer: { email: 'marketer@harbor-light.example', password: 'demo-marketer-vetted' },
} as const
type Account = keyof typeof accounts
const tokens = new Map<Account, string>()
const pages = new Map<Account, Page>()
let clinicId = ''

const flaggedSentence = 'Ketamine helps 70% of patients.'

beforeAll(async () => {
  browser = await launchBrowser()
  clinicId = (await api<{ docs: { id: string }[] }>('admin', 'GET', 'clinics?where[slug][equals]=harbor-light')).docs[0]
    .id
})
afterAll(async () => {
  await browser?.close()
})

const tokenOf = async (account: Account) => {
  if (!tokens.has(account)) {
    const response = await fetch(`${server.baseUrl}/api/users/login`, {
      body: JSON.stringify(accounts[account]),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    tokens.set(account, ((await response.json()) as { token: string }).token)
  }
  return tokens.get(account) as string
}

/** Payload's REST API as one of the demo accounts; throws on a refusal so setup failures say what failed. */
async function api<T>(account: Account, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.baseUrl}/api/${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Authorization: `JWT ${await tokenOf(account)}`, 'Content-Type': 'application/json' },
    method,
  })
  const result = (await response.json()) as T
  if (!response.ok) throw new Error(`${method} ${path} as ${account}: ${response.status} ${JSON.stringify(result)}`)
  return result
}

/** Where a post is put first; `edited-live` is a published post with a draft edit over it (back to draft). */
type Setup =
  'approved' | 'changes_requested' | 'draft' | 'edited-live' | 'in_review' | 'in_review-flagged' | 'published'

const act = (account: Account, id: string, action: WorkflowAction, body: Record<string, string> = {}) =>
  api(account, 'POST', `posts/${id}/workflow/${action}`, body)

/** A fresh post of the marketer's clinic, taken to its state through the workflow endpoint as people do. */
const postIn = async (setup: Setup): Promise<string> => {
  const isFlagged = setup === 'in_review-flagged'
  const slug = `panel-${setup}-${Math.random().toString(36).slice(2, 8)}`
  const { doc } = await api<{ doc: { id: string } }>('marketer', 'POST', 'posts?draft=true', {
    body: bodyOf(isFlagged ? flaggedSentence : 'A plain sentence.'),
    clinic: clinicId,
    slug,
    title: `Panel test: ${setup}`,
  })
  const { id } = doc
  if (setup === 'draft') return id
  await act('marketer', id, 'submit')
  if (setup === 'in_review' || setup === 'in_review-flagged') return id
  if (setup === 'changes_requested') {
    await act('editor', id, 'request-changes', { note: 'Add a source.' })
    return id
  }
  await act('editor', id, 'sign-off')
  if (setup === 'approved') return id
  await act('marketer', id, 'publish')
  if (setup === 'edited-live') await api('marketer', 'PATCH', `posts/${id}?draft=true`, { body: bodyOf('Reworded.') })
  return id
}

type PostDoc = {
  _status?: string
  clinic?: string
  contributors?: string[]
  scheduledPublishAt?: null | string
  waivers?: unknown[]
  workflowState?: WorkflowState
}
const latestOf = (id: string) => api<PostDoc>('admin', 'GET', `posts/${id}?draft=true&depth=0`)
const liveOf = (id: string) => api<PostDoc>('admin', 'GET', `posts/${id}?depth=0`)

/** What the transitions table allows this account on the post as the server holds it now. */
const expectedFor = async (account: Account, id: string) => {
  const { user } = await api<{ user: { id: string } }>(account, 'GET', 'users/me')
  const [latest, live] = await Promise.all([latestOf(id), liveOf(id)])
  return allowedActions({
    post: { ...latest, isLive: live._status === 'published' },
    user: { ...user, collection: 'users' },
  })
}

const pageOf = async (account: Account): Promise<Page> => {
  const known = pages.get(account)
  if (known) return known
  const context = await browser.newContext({ viewport: { height: 1100, width: 1400 } })
  // Next compiles each admin page on its first visit in development; under a loaded CI machine that is slow.
  context.setDefaultTimeout(120_000)
  context.setDefaultNavigationTimeout(120_000)
  contexts.push(context)
  const page = await context.newPage()
  // Leaving a post for the next one must never stop at a "leave this page?" prompt.
  page.on('dialog', (dialog) => void dialog.accept())
  await logIn({ baseUrl: server.baseUrl, page, ...accounts[account] })
  pages.set(account, page)
  return page
}

const panel = '[data-testid="publish-blockers"]'

const openPost = async (account: Account, id: string) => {
  const page = await pageOf(account)
  await page.goto(`${server.baseUrl}/admin/collections/posts/${id}`)
  await page.waitForSelector(panel)
  return page
}

/** What the panel shows: the buttons it offers (enabled), those it shows blocked, and how many waivers it offers. */
const buttonsOn = (page: Page) =>
  page.evaluate((selector) => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>(`${selector} [data-testid^="action-"]`)]
    const actions = buttons.filter((button) => !button.dataset.testid?.startsWith('action-waive-'))
    const name = (button: HTMLButtonElement) => button.dataset.testid?.replace('action-', '') ?? ''
    return {
      blocked: actions.filter((button) => button.dataset.blocked).map(name),
      offered: actions.filter((button) => !button.dataset.blocked && !button.disabled).map(name),
      waivers: buttons.length - actions.length,
    }
  }, panel)

const stateLabels: Record<WorkflowState, string> = {
  approved: 'Signed off, ready to publish',
  changes_requested: 'Changes requested',
  draft: 'Draft',
  in_review: 'In review',
  published: 'Published',
}

/** Clicks an offered action (writing a note where one is asked for) and waits for the panel to show the result. */
const take = async (page: Page, id: string, action: WorkflowAction) => {
  const before = await latestOf(id)
  // A mark on the window: a full page load would lose it, a soft refresh keeps it.
  await page.evaluate(() => Object.assign(window, { vettedNoReload: true }))
  if (action === 'waive') await page.locator('[data-testid^="action-waive-"]').first().click()
  else if (action === 'sign-off') await signOffInPanel(page)
  else await page.click(`[data-testid="action-${action}"]`)
  if (action === 'waive' || action === 'request-changes') {
    await page.fill('[data-testid="note-input"]', 'Checked against the leaflet we give patients.')
    await page.click('[data-testid="note-confirm"]')
  }
  if (action === 'schedule') {
    // A day ahead, as the browser's datetime-local input writes it (local time, to the minute).
    const tomorrow = new Date(Date.now() + 86_400_000 - new Date().getTimezoneOffset() * 60_000)
    await page.fill('[data-testid="schedule-input"]', tomorrow.toISOString().slice(0, 16))
    await page.click('[data-testid="schedule-confirm"]')
  }
  // The server's answer: the post moved (or, for a waiver, holds one more), and the panel says so without reloading.
  await expect
    .poll(
      async () => {
        if (await page.locator('[data-testid="action-error"]').count())
          return `refused: ${await page.innerText('[data-testid="action-error"]')}`
        const [latest, live] = await Promise.all([latestOf(id), liveOf(id)])
        if (action === 'waive') return (latest.waivers?.length ?? 0) > (before.waivers?.length ?? 0)
        if (action === 'unpublish') return live._status !== 'published'
        if (action === 'schedule') return Boolean(latest.scheduledPublishAt)
        return latest.workflowState !== before.workflowState
      },
      { interval: 500, timeout: 60_000 },
    )
    .toBe(true)
  const after = (await latestOf(id)).workflowState ?? 'draft'
  if (action === 'waive')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid^="flag-"]').length === 0)
  else if (action === 'schedule') await page.waitForSelector('[data-testid="scheduled-at"]')
  else
    await page.waitForFunction(
      ({ label, selector }) => document.querySelector(selector)?.querySelector('h4')?.textContent?.endsWith(label),
      { label: stateLabels[after], selector: panel },
    )
  expect(await page.evaluate(() => 'vettedNoReload' in window), 'refreshed without a page load').toBe(true)
}

const setups: Setup[] = [
  'draft',
  'in_review',
  'in_review-flagged',
  'changes_requested',
  'approved',
  'published',
  'edited-live',
]
const cases = (['marketer', 'editor'] as const).flatMap((account) => setups.map((setup) => ({ account, setup })))

describe('the review panel in the admin', { timeout: 600_000 }, () => {
  it.each(cases)('offers the $account exactly what the server allows on a $setup post', async ({ account, setup }) => {
    // One fresh post per offered action, since taking an action moves the post on; at least one to look at.
    for (let index = 0; ; index += 1) {
      const id = await postIn(setup)
      const expected = await expectedFor(account, id)
      const page = await openPost(account, id)
      const shown = await buttonsOn(page)
      // Offered elsewhere than as buttons: waivers per flagged sentence, notes in the conversation, the assignment
      // as a control of its own (below), and cancelling a schedule beside the scheduled time.
      const elsewhere: WorkflowAction[] = ['assign', 'comment', 'unschedule', 'waive']
      const buttons = expected.filter((action) => !elsewhere.includes(action))
      expect([...shown.offered, ...shown.blocked].sort(), 'buttons shown').toEqual([...buttons].sort())
      const isAssignable = (await page.locator('[data-testid="assign-editor"]').count()) > 0
      expect(isAssignable, 'assignment offered').toBe(expected.includes('assign'))
      // A waiver is offered per flagged sentence, to editors only.
      const isFlagged = setup === 'in_review-flagged'
      expect(shown.waivers > 0, 'waivers shown').toBe(expected.includes('waive') && isFlagged)
      // Only sign-off and publish can be held back, and only by what the panel lists.
      expect(shown.blocked.every((action) => action === 'sign-off' || action === 'publish')).toBe(true)
      const offered: WorkflowAction[] = [
        ...(shown.offered as WorkflowAction[]),
        ...(shown.waivers ? ['waive' as const] : []),
      ]
      if (index === 0) await page.screenshot({ fullPage: true, path: `test-results/panel-${account}-${setup}.png` })
      if (index >= offered.length) break
      await take(page, id, offered[index])
    }
  })

  it('shows a marketer what the editor asked for, and takes their reply into the conversation', async () => {
    const id = await postIn('changes_requested')
    const page = await openPost('marketer', id)
    expect(await page.innerText('[data-testid="changes-asked"]')).toContain('Add a source.')
    await page.evaluate(() => Object.assign(window, { vettedNoReload: true }))
    await page.fill('[data-testid="reply-input"]', 'Added the NEJM trial; please look again.')
    await page.click('[data-testid="reply-send"]')
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="thread-entry"]')].some((entry) =>
        entry.textContent?.includes('Added the NEJM trial; please look again.'),
      ),
    )
    expect(await page.evaluate(() => 'vettedNoReload' in window), 'refreshed without a page load').toBe(true)
    const thread = await page.innerText('[data-testid="review-thread"]')
    expect(thread).toMatch(/\(medical editor\)[^]*Add a source\.[^]*Added the NEJM trial/)
    await page.screenshot({ fullPage: true, path: 'test-results/panel-conversation.png' })
  })

  it('shows a marketer where a flagged sentence is, and how to fix it', async () => {
    const id = await postIn('in_review-flagged')
    const page = await openPost('marketer', id)
    const flag = page.locator('[data-testid^="flag-"]').first()
    const text = await flag.innerText()
    expect(text).toContain('cite a reference')
    expect(text).toContain('use a library claim')
    expect(text).toContain('ask an editor to waive')
    expect(await page.locator('[data-testid^="action-waive-"]').count()).toBe(0)
    await flag.locator('[data-testid^="show-in-text-"]').click()
    const highlighted = await page.waitForFunction(() => {
      const highlight = CSS.highlights.get('vetted-flag')
      const editor = document.querySelector('.rich-text-lexical [contenteditable="true"]')
      const ranges = [...(highlight?.values() ?? [])] as Range[]
      return ranges.length === 1 && editor?.contains(ranges[0].startContainer) ? ranges[0].toString() : false
    })
    expect(await highlighted.jsonValue()).toBe(flaggedSentence)
    await page.screenshot({ fullPage: true, path: 'test-results/panel-show-in-text.png' })
  })

  it('lists a sentence that needs support as the marketer types it, and drops it when it goes, without a reload', async () => {
    const id = await postIn('draft')
    const page = await openPost('marketer', id)
    await page.evaluate(() => Object.assign(window, { vettedNoReload: true }))
    const body = page.locator('.rich-text-lexical [contenteditable="true"]')
    await body.locator('p').last().click()
    await page.keyboard.press('Control+End')
    const typed = ' Ketamine cures depression in 95% of patients.'
    await page.keyboard.type(typed)
    const flag = page.locator('[data-testid^="flag-"]', { hasText: typed.trim() })
    await flag.waitFor({ timeout: 30_000 })
    expect(await flag.innerText()).toContain('needs a citation or an approved claim')
    await page.screenshot({ path: 'test-results/panel-live-flag.png' })
    for (let index = 0; index < typed.length; index += 1) await page.keyboard.press('Backspace')
    await flag.waitFor({ state: 'detached', timeout: 30_000 })
    expect(await page.evaluate(() => 'vettedNoReload' in window), 'followed the typing without a page load').toBe(true)
  })

  it('links a published post to its preview, which a marketer sees as the clinic site renders it', async () => {
    const id = await postIn('published')
    const clinic = await api<{ crisisLine: string; domains?: null | string[]; sitePaths?: null }>(
      'admin',
      'GET',
      `clinics/${clinicId}?depth=0`,
    )
    const { slug } = await api<{ slug: string }>('admin', 'GET', `posts/${id}?depth=0`)
    const page = await openPost('marketer', id)
    expect(await page.getAttribute('[data-testid="open-preview"]', 'href')).toBe(previewPathOf(id))
    const liveUrl = siteAddressesOf(clinic).article({ slug })
    if (liveUrl) expect(await page.getAttribute('[data-testid="view-live"]', 'href')).toBe(liveUrl)
    else await page.waitForSelector('[data-testid="no-site-address"]')

    await page.goto(`${server.baseUrl}${previewPathOf(id)}`)
    expect(await page.innerText('[data-testid="preview-mark"]')).toMatch(/^Preview/i)
    expect(await page.innerText('[data-testid="crisis-line"]')).toContain(clinic.crisisLine)
    await page.screenshot({ fullPage: true, path: 'test-results/post-preview.png' })

    // Signed out, the same address is no page at all.
    const anonymous = await fetch(`${server.baseUrl}${previewPathOf(id)}`)
    expect(anonymous.status).toBe(404)
  })
})

// In a real browser: the editors' review queue, and a post taken from draft to published through the review
// panel, with the panel showing what blocks it at each step.
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from './startServer'

import { posts } from '../../src/seed/data/content'
import { launchBrowser, logIn } from './browser'
import { startServer } from './startServer'

let server: RunningServer
let browser: Browser
const contexts: BrowserContext[] = []

const draft = posts.find((post) => post.slug === 'integration-therapy-after-ketamine')!
const inReview = posts.find((post) => post.state === 'in_review')!

beforeAll(async () => {
  server = await startServer()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const pageAs = async (email: string, password: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: { height: 1100, width: 1400 } })
  // Next compiles each admin page on its first visit in development; under a loaded CI machine that is slow.
  context.setDefaultTimeout(120_000)
  context.setDefaultNavigationTimeout(120_000)
  contexts.push(context)
  const page = await context.newPage()
  await logIn({ baseUrl: server.baseUrl, email, page, password })
  return page
}

const postId = async (slug: string) => {
  const login = await fetch(`${server.baseUrl}/api/users/login`, { body: JSON.stringify({ email: 'admin@vetted.example', password: 'demo-admin-vetted' }), headers: { 'Content-Type': 'application/json' }, method: 'POST' })
  const { token } = (await login.json()) as { token: string }
  const response = await fetch(`${server.baseUrl}/api/posts?draft=true&where[slug][equals]=${slug}`, { headers: { Authorization: `JWT ${token}` } })
  return ((await response.json()) as { docs: { id: string }[] }).docs[0].id
}

const openPost = async (page: Page, id: string) => {
  await page.goto(`${server.baseUrl}/admin/collections/posts/${id}`)
  await page.waitForSelector('[data-testid="publish-blockers"]')
}

const panelText = (page: Page) => page.innerText('[data-testid="publish-blockers"]')

describe('the review workflow in the admin', { timeout: 400_000 }, () => {
  it('shows an editor what waits for review', async () => {
    const page = await pageAs('editor@vetted.example', 'demo-editor-vetted')
    expect(await page.locator('[data-testid="nav-review-queue"]').count()).toBe(1)
    await page.goto(`${server.baseUrl}/admin/review-queue`)
    await page.waitForSelector('[data-testid="queue-posts"]')
    expect(await page.innerText('[data-testid="queue-posts"]')).toContain(inReview.title)
    expect(await page.innerText('[data-testid="queue-claims"]')).toContain('pending')
    expect(await page.innerText('[data-testid="queue-references"]')).toContain('Metadata still to confirm')
    await page.screenshot({ fullPage: true, path: 'test-results/review-queue.png' })
  })

  it('takes a draft to publication: blocked, submitted, waived, signed off, published', async () => {
    const id = await postId(draft.slug)
    const marketer = await pageAs('marketer@harbor-light.example', 'demo-marketer-vetted')
    await openPost(marketer, id)
    let panel = await panelText(marketer)
    expect(panel).toContain('No medical editor has signed this post off yet.')
    expect(panel).toContain('70%')
    await marketer.screenshot({ fullPage: true, path: 'test-results/blocked-draft.png' })
    // A marketer can neither sign off nor waive.
    expect(await marketer.locator('[data-testid="action-sign-off"]').count()).toBe(0)
    await marketer.click('[data-testid="action-submit"]')
    await marketer.waitForFunction(() => document.querySelector('[data-testid="publish-blockers"]')?.textContent?.includes('In review'))

    const editor = await pageAs('editor@vetted.example', 'demo-editor-vetted')
    editor.on('dialog', (dialog) => void dialog.accept('Reviewed: phrased as our clinic’s experience, not a study result.'))
    await openPost(editor, id)
    // Signing off with flagged sentences is refused, with the reason.
    await editor.click('[data-testid="action-sign-off"]')
    await editor.waitForSelector('[data-testid="action-error"]')
    expect(await editor.innerText('[data-testid="action-error"]')).toContain('needs a citation or an approved claim')
    for (let remaining = await editor.locator('[data-testid^="action-waive-"]').count(); remaining > 0; remaining -= 1) {
      // Each waiver reloads the page; wait for the panel to show one flag fewer.
      await Promise.all([editor.waitForEvent('load'), editor.locator('[data-testid^="action-waive-"]').first().click()])
      await editor.waitForFunction((count) => document.querySelectorAll('[data-testid^="action-waive-"]').length === count, remaining - 1)
    }
    panel = await panelText(editor)
    expect(panel).not.toContain('needs a citation')
    await editor.click('[data-testid="action-sign-off"]')
    await editor.waitForFunction(() => document.querySelector('[data-testid="publish-blockers"]')?.textContent?.includes('Signed off, ready to publish'))

    await openPost(marketer, id)
    expect(await panelText(marketer)).toContain('Nothing blocks publication.')
    await marketer.click('[data-testid="action-publish"]')
    await marketer.waitForFunction(() => document.querySelector('[data-testid="publish-blockers"]')?.textContent?.includes('Published'))
    await marketer.screenshot({ fullPage: true, path: 'test-results/published-post.png' })
  })
})

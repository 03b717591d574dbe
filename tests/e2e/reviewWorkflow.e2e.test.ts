// In a real browser: the editors' review queue, and a post taken from draft to published through the review
// panel, with the panel showing what blocks it at each step.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'

import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'

import { posts } from '@/seed/data/content'

import { clickUntilShown, launchBrowser, logIn } from './browser'
import { signOffInPanel } from './signOff'

/** The one server every journey shares (globalSetup.ts). */
const server = { baseUrl: inject('e2eBaseUrl') }
let browser: Browser
const contexts: BrowserContext[] = []

const draft = posts.find((post) => post.slug === 'integration-therapy-after-ketamine')!
const inReview = posts.find((post) => post.state === 'in_review')!

beforeAll(async () => {
  browser = await launchBrowser()
})
// Each journey's pages close with it: pages left open on a post (autosave, edit-lock heartbeats, the review panel)
// kept the server busy while the next journey typed into a select, which then lost its search.
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()))
})
afterAll(async () => {
  await browser?.close()
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

// Reads what the browser did through the REST API, as an admin.
const readApi = async <T>(pathAndQuery: string): Promise<T> => {
  const login = await fetch(`${server.baseUrl}/api/users/login`, {
    body: JSON.stringify({ email: 'admin@vetted.example', password: 'demo-admin-vetted' }),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  return (await (await fetch(`${server.baseUrl}/api/${pathAndQuery}`, { headers })).json()) as T
}

type PostDoc = { _status: string; body: unknown; id: string; title: string }
/** The latest version of a post, draft or not. */
const findPost = async (slug: string) =>
  (await readApi<{ docs: PostDoc[] }>(`posts?draft=true&depth=0&where[slug][equals]=${slug}`)).docs[0]
/** The version of a post a website would get. */
const livePost = (id: string) => readApi<PostDoc>(`posts/${id}?depth=0`)
const postId = async (slug: string) => (await findPost(slug)).id

const openPost = async (page: Page, id: string) => {
  await page.goto(`${server.baseUrl}/admin/collections/posts/${id}`)
  await page.waitForSelector('[data-testid="publish-blockers"]')
}

const panelText = (page: Page) => page.innerText('[data-testid="publish-blockers"]')
const panelShows = (page: Page, text: string) =>
  page.waitForFunction(
    (expected) => document.querySelector('[data-testid="publish-blockers"]')?.textContent?.includes(expected),
    text,
  )

// The Lexical editor: inline blocks come from the slash menu and are filled in a drawer.
const insertInlineBlock = async (page: Page, kind: 'citation' | 'claim'): Promise<Locator> => {
  await page.keyboard.type(` /${kind.slice(0, 4)}`)
  await page.click(`.slash-menu-popup__item-inlineBlocks-${kind}`)
  // The block's drawer is the first open one; a document drawer opened from it stacks after it.
  return page.locator('.drawer--is-open').first()
}
/**
 * Picks an option of a select. Until the page has hydrated, a click opens nothing, and on a busy machine the
 * options can take a while to load: then it clears the search and tries again. The search is typed into the
 * select's own input, never wherever the focus went, and cleared there: Escape would close the drawer around it.
 */
const chooseOption = async (page: Page, select: Locator, text: string) => {
  // As long as the file's other waits: a fresh development server compiles the claim drawer's parts on first use,
  // and two clean-clone runs today lost the typed search for 60 s there (the same journey passes on a warm server).
  const deadline = Date.now() + 120_000
  const search = select.locator('input.rs__input')
  for (;;) {
    await select
      .locator('.rs__control')
      .click({ timeout: 60_000 })
      .catch(async (error: Error) => {
        await page.screenshot({ fullPage: true, path: 'test-results/choose-option-failed.png' })
        const drawers = await page
          .locator('.drawer--is-open')
          .evaluateAll((open) => open.map((drawer) => drawer.textContent?.slice(0, 200)))
        throw new Error(`No select to open for "${text}"; open drawers: ${JSON.stringify(drawers)}`, { cause: error })
      })
    // Keystrokes, as a person types, each into the select's own input (the search runs as they come).
    await search.pressSequentially(text)
    const option = page.locator('.rs__option', { hasText: text }).first()
    const isShown = await option.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    )
    if (isShown) return option.click()
    if (Date.now() > deadline) {
      await page.screenshot({ fullPage: true, path: 'test-results/choose-option-none.png' })
      throw new Error(`No option "${text}" appeared in the select for 120 s`)
    }
    await search.press('Control+A')
    await search.press('Backspace')
  }
}
/** Puts the cursor back at the end of the text, where a saved block's drawer left the focus elsewhere. */
const typeOnFromTheEnd = async (page: Page, body: Locator) => {
  await body
    .locator('p')
    .last()
    .click({ position: { x: 2, y: 5 } })
  await page.keyboard.press('Control+End')
}
/**
 * Opens the library's list from a citation or claim field. The drawer opens at once and its list loads after (a
 * server render, slow the first time), so a second click is made only if no drawer opened at all.
 */
const openLibraryList = async (page: Page, field: Locator): Promise<Locator> => {
  await field.locator('.rs__control').waitFor()
  const openBefore = await page.locator('.drawer--is-open').count()
  await clickUntilShown(field.locator('.rs__control'), page.locator('.drawer--is-open').nth(openBefore))
  const list = page.locator('.drawer--is-open').nth(openBefore).locator('.collection-list')
  await list.waitFor()
  return list
}
/**
 * Chooses a library entry in a citation or claim block: its field opens the library's list in a drawer (the
 * picker), where the search is typed and the entry's row clicked.
 */
const chooseFromLibrary = async (page: Page, field: Locator, search: string, rowText: string) => {
  const list = await openLibraryList(page, field)
  await list.locator('.search-filter__input').fill(search)
  const row = list.locator('tbody tr', { hasText: rowText }).first()
  await row.waitFor()
  await row.locator('button').first().click()
  await list.waitFor({ state: 'detached' })
}
/**
 * Clicks until at most `openAfter` drawers are open: a click that lands while a drawer's form is still applying
 * a value just chosen (a server round trip) is ignored, so it is clicked again.
 */
const clickUntilClosed = async (page: Page, target: Locator, openAfter: number, what: string) => {
  const deadline = Date.now() + 60_000
  for (;;) {
    await target.click()
    const closed = await page
      .waitForFunction((most) => document.querySelectorAll('.drawer--is-open').length <= most, openAfter, {
        timeout: 5_000,
      })
      .then(
        () => true,
        () => false,
      )
    if (closed) return
    if (Date.now() > deadline) {
      // What the drawer showed instead of closing (a field error, a spinner), for whoever reads the failure.
      await page.screenshot({ fullPage: true, path: 'test-results/drawer-did-not-close.png' })
      const drawers = await page
        .locator('.drawer--is-open')
        .evaluateAll((open) => open.map((drawer) => drawer.textContent?.slice(0, 300)))
      throw new Error(`${what} did not close for 60 s; open drawers: ${JSON.stringify(drawers)}`)
    }
  }
}
/** Saves an inline block's drawer, the last one open. */
const saveBlockDrawer = (page: Page, drawer: Locator) =>
  clickUntilClosed(page, drawer.getByRole('button', { name: 'Save changes' }), 0, 'The block drawer')
/** Closes a document drawer stacked on a block's. */
const closeDocumentDrawer = (page: Page, documentDrawer: Locator) =>
  clickUntilClosed(page, documentDrawer.locator('.doc-drawer__header-close'), 1, 'The document drawer')

describe('the review workflow in the admin', { timeout: 400_000 }, () => {
  it('shows an editor what waits for review', async () => {
    const page = await pageAs('editor@vetted.example', 'demo-editor-vetted')
    expect(await page.locator('[data-testid="nav-review-queue"]').count()).toBe(1)
    await page.goto(`${server.baseUrl}/admin/review-queue`)
    await page.waitForSelector('[data-testid="inbox-in-review"]')
    expect(await page.innerText('[data-testid="inbox-in-review"]')).toContain(inReview.title)
    expect(await page.innerText('[data-testid="inbox-claims"]')).toContain('pending')
    expect(await page.innerText('[data-testid="inbox-references"]')).toContain('Metadata still to confirm')
    await page.screenshot({ fullPage: true, path: 'test-results/review-queue.png' })
  })

  it('shows each role on its dashboard what waits for it, and only that', async () => {
    const editor = await pageAs('editor@vetted.example', 'demo-editor-vetted')
    await editor.goto(`${server.baseUrl}/admin`)
    await editor.waitForSelector('[data-testid="inbox"]')
    expect(await editor.innerText('[data-testid="inbox-in-review"]')).toContain(inReview.title)
    await editor.screenshot({ fullPage: true, path: 'test-results/editor-dashboard.png' })

    const marketer = await pageAs('marketer@harbor-light.example', 'demo-marketer-vetted')
    await marketer.goto(`${server.baseUrl}/admin`)
    await marketer.waitForSelector('[data-testid="inbox"]')
    // The demo's Harbor Light draft has sentences that still need support: sign-off would stop at them.
    expect(await marketer.innerText('[data-testid="inbox-blocked-drafts"]')).toContain(draft.title)
    const sections = await marketer
      .locator('[data-testid="inbox"] section')
      .evaluateAll((found) => found.map((section) => section.getAttribute('data-testid')))
    expect(
      sections.every((id) =>
        ['inbox-alerts', 'inbox-blocked-drafts', 'inbox-changes-requested', 'inbox-ready'].includes(id ?? ''),
      ),
    ).toBe(true)
    await marketer.screenshot({ fullPage: true, path: 'test-results/marketer-dashboard.png' })
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
    expect(await marketer.locator('[data-testid^="action-waive-"]').count()).toBe(0)
    await marketer.click('[data-testid="action-submit"]')
    await marketer.waitForFunction(() =>
      document.querySelector('[data-testid="publish-blockers"]')?.textContent?.includes('In review'),
    )

    const editor = await pageAs('editor@vetted.example', 'demo-editor-vetted')
    await openPost(editor, id)
    // Signing off is held back while flagged sentences stand, and the panel says so.
    expect(await editor.locator('[data-testid="action-sign-off"]').isDisabled()).toBe(true)
    expect(await editor.innerText('[data-testid="blocked-actions"]')).toContain('Sign off')
    for (let remaining = await editor.locator('[data-testid^="flag-"]').count(); remaining > 0; remaining -= 1) {
      // Each waiver is written in the panel and refreshes it; wait for it to list one flagged sentence fewer.
      await editor.locator('[data-testid^="action-waive-"]').first().click()
      await editor.fill(
        '[data-testid="note-input"]',
        'Reviewed: phrased as our clinic’s experience, not a study result.',
      )
      await editor.click('[data-testid="note-confirm"]')
      await editor.waitForFunction(
        (count) => document.querySelectorAll('[data-testid^="flag-"]').length === count,
        remaining - 1,
      )
    }
    panel = await panelText(editor)
    expect(panel).not.toContain('needs a citation')
    // The checklist names each waived sentence with the editor's reason.
    expect(await signOffInPanel(editor, 'test-results/sign-off-checklist.png')).toContain(
      'waived: Reviewed: phrased as our clinic’s experience, not a study result.',
    )
    await editor.waitForFunction(() =>
      document.querySelector('[data-testid="publish-blockers"]')?.textContent?.includes('Signed off, ready to publish'),
    )

    await openPost(marketer, id)
    expect(await panelText(marketer)).toContain('Nothing blocks publication.')
    await marketer.click('[data-testid="action-publish"]')
    await marketer.waitForFunction(() =>
      document.querySelector('[data-testid="publish-blockers"]')?.textContent?.includes('Published'),
    )
    await marketer.screenshot({ fullPage: true, path: 'test-results/published-post.png' })
  })
})

describe('writing a post in the admin', { timeout: 600_000 }, () => {
  const title = 'What a ketamine infusion series looks like'
  const slug = 'what-a-ketamine-infusion-series-looks-like'
  const statement = 'Repeated ketamine infusions for depression were well tolerated in clinical studies.'

  it('lets a marketer cite a reference and propose a claim in the editor, and holds the post until an editor approves the claim and signs off', async () => {
    // The marketer writes: one sentence cited to a vetted study, one resting on a claim proposed from inside the post.
    const marketer = await pageAs('marketer@harbor-light.example', 'demo-marketer-vetted')
    await marketer.goto(`${server.baseUrl}/admin/collections/posts/create`)
    const body = marketer.locator('.rich-text-lexical [contenteditable="true"]')
    await body.waitFor()
    await marketer.fill('#field-title', title)
    await body.click()
    await marketer.keyboard.type(
      'In a randomised trial, ketamine was not inferior to ECT for treatment-resistant depression.',
    )
    let drawer = await insertInlineBlock(marketer, 'citation')
    await chooseFromLibrary(marketer, drawer, 'Ketamine ECT', 'Ketamine versus ECT')
    await saveBlockDrawer(marketer, drawer)
    await typeOnFromTheEnd(marketer, body)
    await marketer.keyboard.type(' Repeated infusions were well tolerated in the studies we rely on.')
    drawer = await insertInlineBlock(marketer, 'claim')
    await drawer.locator('.relationship-add-new__add-button').click()
    const proposal = marketer.locator('.drawer--is-open').nth(1)
    await proposal.locator('#field-statement').fill(statement)
    await chooseOption(marketer, proposal.locator('#field-supportingReferences'), 'Safety of repeated administration')
    await proposal.getByRole('button', { exact: true, name: 'Save' }).click()
    // The new claim is chosen in the block's drawer once it is saved.
    await drawer.locator('.rs__single-value', { hasText: statement.slice(0, 40) }).waitFor()
    await closeDocumentDrawer(marketer, proposal)
    await saveBlockDrawer(marketer, drawer)
    expect(await body.locator('[data-testid="inline-claim"]').innerText()).toContain('Waiting for review')
    expect(await body.locator('[data-testid="inline-citation"]').innerText()).toContain('Vetted')

    // The proposal is in the library, pending; autosave keeps the draft with the claim chosen in its block (an
    // earlier autosave may hold the block before the claim was chosen, so wait for the claim's id itself).
    const { docs: claims } = await readApi<{ docs: { id: string; proposedBy: string; status: string }[] }>(
      `claims?depth=0&where[statement][equals]=${encodeURIComponent(statement)}`,
    )
    expect(claims).toHaveLength(1)
    expect(claims[0].status).toBe('pending')
    await expect
      .poll(async () => JSON.stringify((await findPost(slug))?.body ?? null), { interval: 1_000, timeout: 90_000 })
      .toContain(`"claim":"${claims[0].id}"`)
    const id = await postId(slug)
    await marketer.screenshot({ fullPage: true, path: 'test-results/written-post.png' })

    // Not signed off: the panel says why and offers no publish, and Payload's own publish button has given way to
    // one that points at the panel, so nothing goes live.
    await openPost(marketer, id)
    const blocked = await panelText(marketer)
    expect(blocked).toContain('No medical editor has signed this post off yet.')
    expect(blocked).toContain('is waiting for an editor’s review')
    expect(await marketer.locator('#action-save').count()).toBe(0)
    expect(await marketer.locator('[data-testid="action-publish"]').count()).toBe(0)
    await marketer.click('#action-review-and-publish')
    expect((await livePost(id))._status).toBe('draft')

    await openPost(marketer, id)
    await marketer.click('[data-testid="action-submit"]')
    await panelShows(marketer, 'In review')

    // The editor approves the proposed claim, then signs the post off.
    const editor = await pageAs('editor@vetted.example', 'demo-editor-vetted')
    await editor.goto(`${server.baseUrl}/admin/collections/claims/${claims[0].id}`)
    await chooseOption(editor, editor.locator('#field-status'), 'Approved')
    await editor.click('#action-save')
    await expect
      .poll(async () => (await readApi<{ status: string }>(`claims/${claims[0].id}?depth=0`)).status, {
        interval: 1_000,
        timeout: 60_000,
      })
      .toBe('approved')
    await openPost(editor, id)
    expect(await panelText(editor)).not.toContain('waiting for an editor’s review')
    await signOffInPanel(editor)
    await panelShows(editor, 'Signed off, ready to publish')

    await openPost(marketer, id)
    expect(await panelText(marketer)).toContain('Nothing blocks publication.')
    await marketer.click('[data-testid="action-publish"]')
    await panelShows(marketer, 'Published')
    expect(await livePost(id)).toMatchObject({ _status: 'published', title })
  })

  it('offers a marketer library entries with what matters for choosing them, by word starts, and only usable claims', async () => {
    const marketer = await pageAs('marketer@harbor-light.example', 'demo-marketer-vetted')
    await marketer.goto(`${server.baseUrl}/admin/collections/posts/create`)
    const body = marketer.locator('.rich-text-lexical [contenteditable="true"]')
    await body.waitFor()
    await body.click()
    await marketer.keyboard.type('Ketamine was compared with ECT.')

    // The citation picker is the library's list: authors, journal, year, study type and status in columns.
    const citation = await insertInlineBlock(marketer, 'citation')
    const list = await openLibraryList(marketer, citation)
    const headings = await list.locator('thead th').allInnerTexts()
    expect(headings.map((heading) => heading.trim())).toEqual(
      expect.arrayContaining(['Title', 'Authors', 'Journal or outlet', 'Year', 'Kind', 'Vetting status']),
    )
    // Word starts only: once the search has run, no row is there merely for "ect" inside a word ("side effects").
    await list.locator('.search-filter__input').fill('ECT')
    const notStartingAWord = async () =>
      (await list.locator('tbody tr').allInnerTexts()).filter((text) => !/(^|[^\p{L}\p{N}])ect/iu.test(text))
    await expect.poll(notStartingAWord, { timeout: 30_000 }).toEqual([])
    const ectRow = list.locator('tbody tr', { hasText: 'Ketamine versus ECT' })
    expect(await ectRow.innerText()).toContain('Anand A, et al')
    expect(await ectRow.innerText()).toContain('Vetted')
    await marketer.screenshot({ path: 'test-results/citation-picker.png' })
    await ectRow.locator('button').first().click()
    // The chosen reference reads with its context in the block's drawer too.
    expect(await citation.locator('.rs__single-value').innerText()).toMatch(/Ketamine versus ECT.* — .+ · Vetted/)
    await saveBlockDrawer(marketer, citation)
    await typeOnFromTheEnd(marketer, body)

    // The claim picker: approved claims only (a pending proposal is the editors' to review), with their status.
    const claim = await insertInlineBlock(marketer, 'claim')
    const claims = await openLibraryList(marketer, claim)
    await claims.locator('tbody tr').first().waitFor()
    const statuses = await claims.locator('tbody tr td.cell-status').allInnerTexts()
    expect(statuses.length).toBeGreaterThan(0)
    expect(statuses.every((status) => status.trim() === 'Approved')).toBe(true)
  })
})

// In a real browser: the admin shows the whole demo network to an admin and only clinic A to its marketer, and
// someone editing a document another person saved meanwhile is offered a reload and never overwrites their change.
import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { authors, posts } from '@/seed/data/content'

import { launchBrowser, logIn } from './browser'

/** The one server every journey shares (globalSetup.ts). */
const server = { baseUrl: inject('e2eBaseUrl') }
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  fs.mkdirSync('test-results', { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

const titlesOf = (clinic: string) => posts.filter((post) => post.clinic === clinic).map((post) => post.title)

const postListText = async ({
  email,
  password,
  screenshot,
}: {
  email: string
  password: string
  screenshot: string
}) => {
  // Tall enough for every row: relationship cells look their documents up only once they scroll into view.
  const context = await browser.newContext({ viewport: { height: 4000, width: 1400 } })
  // Next compiles each admin page on its first visit in development; under a loaded CI machine that is slow.
  context.setDefaultTimeout(120_000)
  context.setDefaultNavigationTimeout(120_000)
  const page = await context.newPage()
  const thirdParties: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(server.baseUrl) && !request.url().startsWith('data:'))
      thirdParties.push(request.url())
  })
  await logIn({ baseUrl: server.baseUrl, email, page, password })
  await page.goto(`${server.baseUrl}/admin/collections/posts?limit=50`)
  await page.waitForSelector('.table', { timeout: 120_000 })
  // Until its lookup answers, a relationship cell reads "<No Clinic>", then "Loading..."; every post has a clinic.
  await expect
    .poll(
      async () => {
        const table = await page.innerText('.table')
        return table.includes('<No Clinic>') || table.includes('Loading...')
      },
      { timeout: 60_000 },
    )
    .toBe(false)
  await page.screenshot({ fullPage: true, path: `test-results/${screenshot}` })
  const text = await page.innerText('.table')
  const columns = await page.locator('.table thead th').allInnerTexts()
  await page.goto(`${server.baseUrl}/admin/collections/clinics`)
  await page.waitForSelector('.table', { timeout: 120_000 })
  const clinics = await page.innerText('.table')
  await context.close()
  return { clinics, columns, text, thirdParties }
}

describe('admin tenancy in the browser', { timeout: 240_000 }, () => {
  it('shows an admin every clinic’s posts, each with its clinic, and asks no third party for avatars', async () => {
    const { clinics, columns, text, thirdParties } = await postListText({
      email: 'admin@vetted.example',
      password: 'demo-admin-vetted',
      screenshot: 'admin-posts.png',
    })
    for (const title of posts.map((post) => post.title)) expect(text).toContain(title)
    for (const name of ['Harbor Light', 'Mesa Verde', 'Northfield']) expect(clinics).toContain(name)
    expect(columns.map((column) => column.trim())).toContain('Clinic')
    for (const name of ['Harbor Light', 'Mesa Verde', 'Northfield']) expect(text).toContain(name)
    // Relationship cells name their documents (every cell read "<No Author>" while the admin's lookups were refused).
    for (const { name } of authors.filter((author) =>
      posts.some((post) => post.clinic === author.clinic && post.author === author.slug),
    )) {
      expect(text).toContain(name)
    }
    expect(thirdParties).toEqual([])
  })

  it('keeps every clinic in an editor’s post list after they opened one clinic’s post', async () => {
    const context = await browser.newContext({ viewport: { height: 4000, width: 1400 } })
    context.setDefaultTimeout(120_000)
    const page = await context.newPage()
    await logIn({ baseUrl: server.baseUrl, email: 'editor@vetted.example', page, password: 'demo-editor-vetted' })
    // Opening a post makes its clinic the admin's selected one; the list must not quietly keep to it afterwards.
    const [northfield] = posts.filter((post) => post.clinic === 'northfield')
    // Asked from the page, as the admin asks: the session cookie counts only from the admin's own origin.
    const id = await page.evaluate(async (slug) => {
      const response = await fetch(`/api/posts?depth=0&draft=true&where[slug][equals]=${slug}`)
      return ((await response.json()) as { docs: { id: string }[] }).docs[0].id
    }, northfield.slug)
    await page.goto(`${server.baseUrl}/admin/collections/posts/${id}`)
    await page.waitForSelector('[data-testid="publish-blockers"]')
    await page.goto(`${server.baseUrl}/admin/collections/posts?limit=50`)
    await page.waitForSelector('.table')
    const text = await page.innerText('.table')
    for (const clinic of ['harbor-light', 'mesa-verde', 'northfield']) {
      for (const title of titlesOf(clinic)) expect(text).toContain(title)
    }
    await context.close()
  })

  it('is branded Vetted on the login page and in the navigation', async () => {
    const context = await browser.newContext()
    context.setDefaultTimeout(120_000)
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/admin/login`)
    await expect.poll(() => page.getByTestId('vetted-logo').innerText(), { timeout: 120_000 }).toContain('Vetted')
    expect(await page.title()).toContain('Vetted')
    await logIn({ baseUrl: server.baseUrl, email: 'admin@vetted.example', page, password: 'demo-admin-vetted' })
    await page.getByTestId('vetted-icon').first().waitFor()
    await context.close()
  })

  it('shows clinic A’s marketer only clinic A', async () => {
    const { clinics, text } = await postListText({
      email: 'marketer@harbor-light.example',
      password: 'demo-marketer-vetted',
      screenshot: 'marketer-posts.png',
    })
    for (const title of titlesOf('harbor-light')) expect(text).toContain(title)
    for (const title of [...titlesOf('mesa-verde'), ...titlesOf('northfield')]) expect(text).not.toContain(title)
    expect(clinics).toContain('Harbor Light')
    expect(clinics).not.toContain('Mesa Verde')
    expect(clinics).not.toContain('Northfield')
  })
})

/** REST as the demo admin, the "someone else" saving while the editor's form is open. */
const asAdmin = async (method: 'GET' | 'PATCH', path: string, body?: unknown) => {
  const login = await fetch(`${server.baseUrl}/api/users/login`, {
    body: JSON.stringify({ email: 'admin@vetted.example', password: 'demo-admin-vetted' }),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await login.json()) as { token: string }
  const response = await fetch(`${server.baseUrl}/api/${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method,
  })
  expect(response.status).toBe(200)
  return (await response.json()) as { description?: string; doc?: { description?: string }; docs?: { id: string }[] }
}

const topicId = async (slug: string) => (await asAdmin('GET', `topics?depth=0&where[slug][equals]=${slug}`)).docs![0].id

const editorOpens = async (id: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: { height: 1000, width: 1400 } })
  context.setDefaultTimeout(120_000)
  context.setDefaultNavigationTimeout(120_000)
  const page = await context.newPage()
  await logIn({ baseUrl: server.baseUrl, email: 'editor@vetted.example', page, password: 'demo-editor-vetted' })
  await page.goto(`${server.baseUrl}/admin/collections/topics/${id}`)
  await page.locator('#field-description').waitFor()
  return page
}

describe('two people editing one document', { timeout: 240_000 }, () => {
  it('offers a reload to an editor who starts typing after someone else saved, and shows their version', async () => {
    // Setup: the editor has the topic open; the admin saves it meanwhile.
    const id = await topicId('anxiety')
    const editor = await editorOpens(id)
    await asAdmin('PATCH', `topics/${id}?overrideLock=true`, { description: 'Described by the admin meanwhile.' })
    // Action
    await editor.fill('#field-description', 'The editor’s own words.')
    await editor.locator('#document-stale-data-reload').click()
    // Assert
    await expect
      .poll(() => editor.inputValue('#field-description'), { timeout: 60_000 })
      .toBe('Described by the admin meanwhile.')
    await editor.screenshot({ fullPage: true, path: 'test-results/stale-reloaded.png' })
    await editor.context().close()
  })

  it('refuses a save from a copy someone else changed since, naming what changed, and keeps their change', async () => {
    // Setup: the editor is already typing when the admin saves.
    const id = await topicId('ptsd')
    const editor = await editorOpens(id)
    await editor.fill('#field-description', 'The editor’s draft wording.')
    // The form's first change has asked the server whether the copy is stale (it was not yet).
    await editor.waitForTimeout(2_000)
    await asAdmin('PATCH', `topics/${id}?overrideLock=true`, { description: 'The admin’s saved wording.' })
    // Action
    await editor.click('#action-save')
    // Assert
    const toast = editor.locator('[data-sonner-toast]', { hasText: 'Someone else saved this document' })
    await toast.waitFor()
    expect(await toast.innerText()).toContain('description')
    await editor.screenshot({ fullPage: true, path: 'test-results/stale-refused.png' })
    expect((await asAdmin('GET', `topics/${id}?depth=0`)).description).toBe('The admin’s saved wording.')
    await editor.context().close()
  })
})

describe('a reference in the library', { timeout: 240_000 }, () => {
  it('names each author in its collapsed rows and links its DOI and PubMed record', async () => {
    // Setup: a seeded reference with authors and a DOI
    const { docs } = (await asAdmin('GET', 'references?depth=0&limit=1&where[doi][exists]=true&sort=title')) as {
      docs: { authors: { family: string; given?: string }[]; doi: string; id: string; pmid?: string }[]
    }
    const [reference] = docs
    expect(reference.authors.length).toBeGreaterThan(0)
    const context = await browser.newContext({ viewport: { height: 1400, width: 1400 } })
    context.setDefaultTimeout(120_000)
    const page = await context.newPage()
    await logIn({ baseUrl: server.baseUrl, email: 'editor@vetted.example', page, password: 'demo-editor-vetted' })

    // Action
    await page.goto(`${server.baseUrl}/admin/collections/references/${reference.id}`)
    const links = page.getByTestId('reference-links')
    await links.waitFor()

    // Assert
    const [first] = reference.authors
    await page.getByText([first.family, first.given].filter(Boolean).join(', ')).first().waitFor()
    expect(await page.locator('.array-field').innerText()).not.toContain('Author 01')
    expect(await links.locator('a').first().getAttribute('href')).toBe(`https://doi.org/${reference.doi}`)
    if (reference.pmid) expect(await links.innerText()).toContain(`PubMed ${reference.pmid}`)
    await page.screenshot({ fullPage: true, path: 'test-results/reference-links.png' })
    await context.close()
  })
})

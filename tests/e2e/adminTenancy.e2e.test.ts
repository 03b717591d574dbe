// In a real browser: the admin shows the whole demo network to an admin, and only clinic A to its marketer.
import type { Browser } from 'playwright-core'

import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from './startServer'

import { posts } from '../../src/seed/data/content'
import { launchBrowser, logIn } from './browser'
import { startServer } from './startServer'

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  server = await startServer()
  browser = await launchBrowser()
  fs.mkdirSync('test-results', { recursive: true })
}, 540_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
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
  const context = await browser.newContext({ viewport: { height: 1000, width: 1400 } })
  // Next compiles each admin page on its first visit in development; under a loaded CI machine that is slow.
  context.setDefaultTimeout(120_000)
  context.setDefaultNavigationTimeout(120_000)
  const page = await context.newPage()
  await logIn({ baseUrl: server.baseUrl, email, page, password })
  await page.goto(`${server.baseUrl}/admin/collections/posts?limit=50`)
  await page.waitForSelector('.table', { timeout: 120_000 })
  await page.screenshot({ fullPage: true, path: `test-results/${screenshot}` })
  const text = await page.innerText('.table')
  await page.goto(`${server.baseUrl}/admin/collections/clinics`)
  await page.waitForSelector('.table', { timeout: 120_000 })
  const clinics = await page.innerText('.table')
  await context.close()
  return { clinics, text }
}

describe('admin tenancy in the browser', { timeout: 240_000 }, () => {
  it('shows an admin every clinic’s posts', async () => {
    const { clinics, text } = await postListText({
      email: 'admin@vetted.example',
      password: 'demo-admin-vetted',
      screenshot: 'admin-posts.png',
    })
    for (const title of posts.map((post) => post.title)) expect(text).toContain(title)
    for (const name of ['Harbor Light', 'Mesa Verde', 'Northfield']) expect(clinics).toContain(name)
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

// A clinic's web page calling /v1 from the browser: Chromium sends the real preflight and enforces the answer's
// CORS headers. The pages are served to the browser under the demo clinics' own https domains (Playwright answers
// those addresses); the calls go over the network to the shared server.
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { issueKeyFor } from './adminApi'
import { launchBrowser } from './browser'

const baseUrl = inject('e2eBaseUrl')
let browser: Browser
const keys: Record<string, string> = {}

beforeAll(async () => {
  // The shared server listens on loopback, and Chromium keeps public https pages off loopback (Local Network
  // Access) before CORS is even asked. A clinic site and a deployed Vetted are both public: that check is not theirs.
  browser = await launchBrowser(['--disable-features=LocalNetworkAccessChecks'])
  keys.harborLight = await issueKeyFor(baseUrl, 'harbor-light')
  keys.mesaVerde = await issueKeyFor(baseUrl, 'mesa-verde')
})
afterAll(async () => {
  await browser?.close()
})

/** What each page's console said: the browser names there why it withheld an answer. */
const consoleOf = new WeakMap<Page, string[]>()

/** A page the browser believes is served at `origin`. */
const pageAt = async (origin: string): Promise<Page> => {
  const context = await browser.newContext()
  await context.route(`${origin}/**`, (route) =>
    route.fulfill({ body: '<!doctype html><title>Our blog</title><h1>Blog</h1>', contentType: 'text/html' }),
  )
  const page = await context.newPage()
  const messages: string[] = []
  page.on('console', (message) => void messages.push(message.text()))
  consoleOf.set(page, messages)
  await page.goto(`${origin}/blog`)
  return page
}

type Outcome = { error: string } | { remaining: null | string; status: number; titles: string[] }

/** What the page's own script gets from fetch(): the answer, or the error the browser raises instead. */
const fetchFromPage = (page: Page, key: string): Promise<Outcome> =>
  page.evaluate(
    async ({ key, url }) => {
      try {
        const answer = await fetch(url, { headers: { Authorization: `Bearer ${key}` } })
        const { docs } = (await answer.json()) as { docs: { title: string }[] }
        return {
          remaining: answer.headers.get('RateLimit-Remaining'),
          status: answer.status,
          titles: docs.map((doc) => doc.title),
        }
      } catch (error) {
        return { error: String(error) }
      }
    },
    { key, url: `${baseUrl}/v1/posts?limit=3` },
  )

describe('a clinic site calling /v1 from the browser', { timeout: 180_000 }, () => {
  it('reads its clinic’s posts, and the headers it needs, through the real preflight', async () => {
    const page = await pageAt('https://www.harborlightketamine.example')
    for (let call = 0; call < 2; call += 1) {
      const outcome = await fetchFromPage(page, keys.harborLight)
      expect(outcome).toMatchObject({ status: 200 })
      if ('titles' in outcome) {
        expect(outcome.titles.length).toBeGreaterThan(0)
        expect(Number(outcome.remaining)).toBeGreaterThan(0)
      }
    }
  })

  it('cannot read what another clinic’s key is given, nor can a page elsewhere', async () => {
    const harborLight = await pageAt('https://harborlightketamine.example')
    expect(await fetchFromPage(harborLight, keys.mesaVerde)).toEqual({ error: expect.stringContaining('fetch') })
    // The preflight passed (any clinic's site may ask); the answer, for clinic B's key, names no origin.
    expect(consoleOf.get(harborLight)?.join('\n')).toContain("No 'Access-Control-Allow-Origin' header")
    const elsewhere = await pageAt('https://elsewhere.example')
    expect(await fetchFromPage(elsewhere, keys.harborLight)).toEqual({ error: expect.stringContaining('fetch') })
    expect(consoleOf.get(elsewhere)?.join('\n')).toContain("No 'Access-Control-Allow-Origin' header")
  })
})

// The starter clinic site (examples/clinic-site), built for production and run against the shared Vetted server with
// one demo clinic's key: its pages in Chromium show what /v1 gives (articles, citations linked both ways, the medical
// review, the crisis line, feeds, structured data), and a change in Vetted reaches the site through the signed webhook.
import type { Article, PostList } from '@vetted/client'
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminHeaders, clinicBySlug, issueKeyFor } from './adminApi'
import { launchBrowser } from './browser'
import { buildClinicSite, type RunningSite, startClinicSite } from './clinicSite'

const vettedUrl = inject('e2eBaseUrl')
let browser: Browser
let page: Page
let site: RunningSite
let key: string

const api = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${vettedUrl}/v1${path}`, { headers: { Authorization: `Bearer ${key}` } })
  expect(response.status, path).toBe(200)
  return (await response.json()) as T
}

/** The newest article of the clinic with an author, topics and cited works (other journeys publish bare ones). */
let article: Article

beforeAll(async () => {
  const [, clinic, issued] = await Promise.all([
    buildClinicSite(),
    clinicBySlug(vettedUrl, 'harbor-light'),
    issueKeyFor(vettedUrl, 'harbor-light'),
  ])
  key = issued
  site = await startClinicSite({ vettedKey: key, vettedUrl, webhookSecret: clinic.webhooks!.secret! })
  // The clinic's developer points Vetted's webhook at the site, as an admin does in the clinic's settings.
  const saved = await fetch(`${vettedUrl}/api/clinics/${clinic.id}`, {
    body: JSON.stringify({ webhooks: { urls: [`${site.baseUrl}/api/vetted-webhook`] } }),
    headers: await adminHeaders(vettedUrl),
    method: 'PATCH',
  })
  expect(saved.status).toBe(200)
  const { docs } = await api<PostList>('/posts?limit=50')
  const articles = await Promise.all(docs.map(({ slug }) => api<Article>(`/posts/${slug}`)))
  article = articles.find(({ author, references, topics }) => author && references.length > 0 && topics.length > 0)!
  expect(article).toBeDefined()
  browser = await launchBrowser()
  page = await browser.newPage()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

describe('the starter clinic site', () => {
  it('lists the clinic’s published articles, newest first, linked to their pages', async () => {
    const list = await api<PostList>('/posts?limit=10')
    await page.goto(site.baseUrl)
    expect((await page.locator('h1').textContent())?.trim()).toBe('Articles')
    const titles = await page.locator('.post-list h2 a').allTextContents()
    expect(titles).toEqual(list.docs.map(({ title }) => title))
    const hrefs = await page.locator('.post-list h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs).toEqual(list.docs.map(({ slug }) => `/blog/${slug}`))
  })

  it('shows an article with its review, numbered citations linked both ways, crisis line and JSON-LD', async () => {
    const response = await page.goto(`${site.baseUrl}/blog/${article.slug}`)
    expect(response?.status()).toBe(200)
    expect((await page.locator('h1').textContent())?.trim()).toBe(article.title)
    expect(await page.locator('.reviewer').textContent()).toContain(
      `Medically reviewed by ${article.medicalReviewer!.name}`,
    )
    expect(await page.locator('.crisis a[href^="tel:"]').count()).toBe(1)
    expect(await page.title()).toContain(article.seo.title)
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(article.seo.canonicalUrl)
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(
      '/feed.xml',
    )

    // The first marker leads to its entry in the reference list, and the entry's back-link returns to the marker.
    const marker = page.locator('.body sup.citation a').first()
    const target = (await marker.getAttribute('href'))!
    const first = article.references.find(({ anchor }) => `#${anchor}` === target)!
    await marker.click()
    await page.waitForURL((url) => url.hash === target)
    const entry = page.locator(`li${target}`)
    expect(await entry.textContent()).toContain(first.text.slice(0, 30))
    await entry.locator('a.backlink').first().click()
    await page.waitForURL((url) => url.hash === `#${first.backlinks[0]}`)
    expect(await page.locator('.references li').count()).toBe(article.references.length)

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
      headline: string
    }
    // The demo clinic has a domain, so its articles have addresses and JSON-LD.
    expect(jsonLd).toEqual(JSON.parse(article.jsonLd ?? 'null'))
    if (article.clinic.disclaimer)
      expect((await page.locator('.disclaimer').textContent())?.trim()).toBe(article.clinic.disclaimer)
    if (article.clinic.consultation)
      expect(await page.locator('.cta-box a').getAttribute('href')).toBe(article.clinic.consultation.url)
  })

  it('has topic and author pages listing the article', async () => {
    const topic = article.topics[0]!
    await page.goto(`${site.baseUrl}/topics/${topic.slug}`)
    expect((await page.locator('h1').textContent())?.trim()).toBe(topic.name)
    expect(await page.locator('.post-list h2 a').allTextContents()).toContain(article.title)
    await page.goto(`${site.baseUrl}/authors/${article.author!.slug}`)
    expect(await page.locator('h1').textContent()).toContain(article.author!.name)
    expect(await page.locator('.post-list h2 a').allTextContents()).toContain(article.title)
    const missing = await page.goto(`${site.baseUrl}/blog/no-such-article`)
    expect(missing?.status()).toBe(404)
  })

  it('passes on the feeds and the sitemap with the articles’ addresses, and points crawlers at the sitemap', async () => {
    for (const [path, type] of [
      ['/feed.xml', 'application/rss+xml'],
      ['/feed.atom', 'application/atom+xml'],
      ['/feed.json', 'application/feed+json'],
      ['/sitemap.xml', 'application/xml'],
    ]) {
      const response = await fetch(`${site.baseUrl}${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type'), path).toContain(type)
      expect(await response.text(), path).toContain(article.seo.canonicalUrl)
    }
    expect(await (await fetch(`${site.baseUrl}/robots.txt`)).text()).toContain(`Sitemap: ${site.baseUrl}/sitemap.xml`)
  })

  it('refuses an unsigned or tampered webhook', async () => {
    const unsigned = await fetch(`${site.baseUrl}/api/vetted-webhook`, {
      body: JSON.stringify({ type: 'post.unpublished' }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(unsigned.status).toBe(401)
    const forged = await fetch(`${site.baseUrl}/api/vetted-webhook`, {
      body: '{}',
      headers: {
        'webhook-id': 'msg_forged',
        'webhook-signature': 'v1,AAAA',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
      },
      method: 'POST',
    })
    expect(forged.status).toBe(401)
  })

  it('takes an unpublished article off the site within seconds of Vetted’s webhook, and shows it again when republished', async () => {
    const headers = await adminHeaders(vettedUrl)
    const found = await fetch(`${vettedUrl}/api/posts?where[slug][equals]=${article.slug}&depth=0`, { headers })
    const post = ((await found.json()) as { docs: { id: string }[] }).docs[0]!
    const act = async (action: 'publish' | 'unpublish') => {
      const response = await fetch(`${vettedUrl}/api/posts/${post.id}/workflow/${action}`, {
        body: JSON.stringify({ note: 'Browser test of the starter site.' }),
        headers,
        method: 'POST',
      })
      expect(response.status, await response.text()).toBe(200)
    }
    const statusOnSite = async () => (await fetch(`${site.baseUrl}/blog/${article.slug}`)).status
    // The index page the article is on while published, as Vetted lists it (10 to a page, as the site asks): other
    // journeys on the shared server publish newer posts, which push it past the first page. Republished, it keeps its
    // date and so its place; unpublished, that page must no longer list it.
    let indexPage = 1
    for (; ; indexPage += 1) {
      const listed = await api<PostList>(`/posts?limit=10&page=${indexPage}`)
      if (listed.docs.some(({ slug }) => slug === article.slug)) break
      expect(indexPage, 'the article is on no page of the list').toBeLessThan(listed.totalPages)
    }
    const listedOnSite = async () => {
      await page.goto(`${site.baseUrl}/?page=${indexPage}`)
      return (await page.locator('.post-list h2 a').allTextContents()).includes(article.title)
    }
    // Both are in the site's cache before the change; only the webhook can expire them.
    expect(await statusOnSite()).toBe(200)
    expect(await listedOnSite()).toBe(true)

    await act('unpublish')
    await expect.poll(statusOnSite, { interval: 250, timeout: 30_000 }).toBe(404)
    expect(await listedOnSite()).toBe(false)

    await act('publish')
    await expect.poll(listedOnSite, { interval: 250, timeout: 30_000 }).toBe(true)
    expect(await statusOnSite()).toBe(200)
  })
})

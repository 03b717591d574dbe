// Feeds and the sitemap, read the way their consumers read them: RSS and Atom through two independent feed parsers
// (@rowanmanning/feed-parser and feedsmith), JSON Feed against the 1.1 spec's required fields and feedsmith, and the sitemap validated against the sitemaps.org schema with xmllint.
import { parseFeed } from '@rowanmanning/feed-parser'
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootNetwork } from '../../helpers/bootNetwork'
import { deliver, issueKeyAsAdmin } from '../../helpers/clinicKey'
import { publishPostOfA } from '../../helpers/publishing'

const suite = bootNetwork()
let keyA: string

beforeAll(async () => {
  await suite.booted.payload.update({
    collection: 'clinics',
    data: { domains: ['harbor-light.example'] },
    id: suite.network.clinicA.id,
    overrideAccess: true,
  })
  keyA = (
    await issueKeyAsAdmin({
      admin: suite.network.users.admin,
      baseUrl: suite.booted.baseUrl,
      clinicId: suite.network.clinicA.id,
    })
  ).key
})

const fetchOk = async (path: string, contentType: string) => {
  // Feed readers cannot send headers, so the key rides in the query.
  const response = await deliver(suite.booted.baseUrl, `${path}?key=${keyA}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain(contentType)
  return response.text()
}

describe('feeds', () => {
  it.each([
    ['/feed.xml', 'application/rss+xml', 'rss'],
    ['/feed.atom', 'application/atom+xml', 'atom'],
  ])('%s parses and lists only the clinic’s published posts', async (path, contentType, kind) => {
    const text = await fetchOk(path, contentType)
    const feed = parseFeed(text)
    expect(feed.meta.type).toBe(kind)
    expect(feed.title).toBe('Clinic A blog')
    expect(feed.items.map((item) => item.title)).toEqual(['Published post a'])
    expect(feed.items[0].url).toBe('https://harbor-light.example/blog/published-a')
    expect(feed.items[0].authors.map((author) => author.name)).toEqual(['Author a'])
    expect(text).not.toMatch(/Unpublished edit|Draft post|Clinic B|vk_/)
    // RSS's <author> must be an e-mail address, so the name is Dublin Core's creator there.
    if (kind === 'rss') expect(text).toContain('<dc:creator>Author a</dc:creator>')
    expect(text).not.toContain('<author>Author a</author>')
  })

  it('/feed.atom gives each entry its publication, its last update and categories with a term', async () => {
    const [item] = parseFeed(await fetchOk('/feed.atom', 'application/atom+xml')).items
    expect(item.published).toBeInstanceOf(Date)
    expect(item.updated?.getTime()).toBeGreaterThanOrEqual(item.published?.getTime() ?? Infinity)
    expect(item.categories.map((category) => [category.term, category.label])).toEqual([['depression', 'Depression']])
  })

  it('reads the same items, with their authors, dates and topics, through a second parser', async () => {
    const rss = parseRssFeed(await fetchOk('/feed.xml', 'application/rss+xml'))
    expect(rss.items?.map((item) => [item.title, item.link, item.dc?.creators])).toEqual([
      ['Published post a', 'https://harbor-light.example/blog/published-a', ['Author a']],
    ])
    expect(rss.items?.[0].categories?.map((category) => category.name)).toEqual(['Depression'])
    expect(Date.parse(rss.items?.[0].pubDate ?? '')).toBeGreaterThan(0)
    const atom = parseAtomFeed(await fetchOk('/feed.atom', 'application/atom+xml'))
    const [entry] = atom.entries ?? []
    expect(entry).toMatchObject({
      authors: [{ name: 'Author a' }],
      categories: [{ label: 'Depression', term: 'depression' }],
      id: 'https://harbor-light.example/blog/published-a',
    })
    expect(Date.parse(entry.updated ?? '')).toBeGreaterThanOrEqual(Date.parse(entry.published ?? ''))
    const json = parseJsonFeed(JSON.parse(await fetchOk('/feed.json', 'application/feed+json')))
    expect(json.items?.map((item) => [item.url, item.content_html?.length ? 'content' : 'none'])).toEqual([
      ['https://harbor-light.example/blog/published-a', 'content'],
    ])
  })

  it('/feed.json is a JSON Feed 1.1 document with the same item', async () => {
    const feed = JSON.parse(await fetchOk('/feed.json', 'application/feed+json')) as {
      items: {
        authors: { name: string }[]
        content_html: string
        date_modified: string
        date_published: string
        id: string
        title: string
        url: string
      }[]
      title: string
      version: string
    }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBe('Clinic A blog')
    expect(feed.items).toHaveLength(1)
    const [item] = feed.items
    expect(item).toMatchObject({
      id: 'https://harbor-light.example/blog/published-a',
      title: 'Published post a',
      url: 'https://harbor-light.example/blog/published-a',
    })
    expect(new Date(item.date_published).toISOString()).toBe(item.date_published)
    expect(Date.parse(item.date_modified)).toBeGreaterThanOrEqual(Date.parse(item.date_published))
    // The spec requires content_html or content_text in every item.
    expect(item.content_html).toContain('Published in clinic a.')
    expect(item.authors).toEqual([{ name: 'Author a' }])
  })
})

describe('the sitemap', () => {
  it('is valid against the sitemap schema and lists only published posts', async () => {
    const xml = await fetchOk('/sitemap.xml', 'application/xml')
    // The sitemaps.org schema as the sitemap library ships it, checked by libxml2's xmllint (stdin is the document).
    const schema = path.resolve('node_modules/sitemap/schema/all.xsd')
    const lint = promisify(execFile)('xmllint', ['--noout', '--schema', schema, '-'], { encoding: 'utf8' })
    lint.child.stdin?.end(xml)
    await expect(lint).resolves.toMatchObject({ stderr: expect.stringContaining('- validates') })
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(urls).toEqual(['https://harbor-light.example/blog', 'https://harbor-light.example/blog/published-a'])
  })

  it('is a 404 with the reason for a clinic without a domain, as its feeds are', async () => {
    const { key } = await issueKeyAsAdmin({
      admin: suite.network.users.admin,
      baseUrl: suite.booted.baseUrl,
      clinicId: suite.network.clinicB.id,
    })
    for (const path of ['/sitemap.xml', '/feed.xml', '/feed.atom', '/feed.json']) {
      const response = await deliver(suite.booted.baseUrl, path, key)
      expect(response.status).toBe(404)
      expect(((await response.json()) as { detail: string }).detail).toContain('no domain')
    }
  })
})

const jpegFile = async (name: string) => {
  const data = await sharp({ create: { background: '#557799', channels: 3, height: 900, width: 1600 } })
    .jpeg()
    .toBuffer()
  return { data, mimetype: 'image/jpeg', name, size: data.length }
}

describe('whole articles in the feeds', () => {
  let slug: string
  let article: { heroImage: { sizes: { social: { filesize: number; mimeType: string; url: string } } }; html: string }

  beforeAll(async () => {
    const { booted, network } = suite
    const hero = await booted.payload.create({
      collection: 'media',
      data: { alt: 'A calm room', clinic: network.clinicA.id },
      // Larger than the 1200×630 social size, which is then made (a smaller original has no sizes).
      file: await jpegFile('feed-hero.jpg'),
      overrideAccess: false,
      user: network.users.marketerA,
    })
    slug = (
      await publishPostOfA({
        fields: { heroImage: hero.id, title: 'With a picture' },
        network,
        payload: booted.payload,
      })
    ).slug
    // Published through the review, so its row is current at once; the cache drops within a poll (250 ms).
    await new Promise((resolve) => setTimeout(resolve, 500))
    article = (await (await deliver(booted.baseUrl, `/posts/${slug}`, keyA)).json()) as typeof article
  })

  it('carry the reviewed body as the article gives it, in all three formats', async () => {
    // Action
    const rss = parseRssFeed(await fetchOk('/feed.xml', 'application/rss+xml'))
    const atom = parseAtomFeed(await fetchOk('/feed.atom', 'application/atom+xml'))
    const json = parseJsonFeed(JSON.parse(await fetchOk('/feed.json', 'application/feed+json')))
    // Assert
    const url = `https://harbor-light.example/blog/${slug}`
    expect(rss.items?.find((item) => item.link === url)?.content?.encoded).toBe(article.html)
    expect(atom.entries?.find((entry) => entry.id === url)?.content).toEqual({ type: 'html', value: article.html })
    expect(json.items?.find((item) => item.url === url)?.content_html).toBe(article.html)
  })

  it('give RSS an enclosure with the image’s real media type and length, which loads', async () => {
    // Action
    const rss = parseRssFeed(await fetchOk('/feed.xml', 'application/rss+xml'))
    const enclosure = rss.items?.find((item) => item.link?.endsWith(`/blog/${slug}`))?.enclosures?.[0]
    // Assert
    const { social } = article.heroImage.sizes
    // image/jpeg, not the image/jpg a name ending in .jpg would suggest.
    expect(enclosure).toEqual({ length: social.filesize, type: 'image/jpeg', url: social.url })
    const image = await fetch(new URL(new URL(social.url).pathname, suite.booted.baseUrl))
    expect(image.headers.get('content-type')).toBe(social.mimeType)
    expect((await image.arrayBuffer()).byteLength).toBe(social.filesize)
  })
})

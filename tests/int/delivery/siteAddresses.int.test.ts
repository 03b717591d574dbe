// Every absolute address /v1 gives (list items, articles, authors, topics, JSON-LD, the sitemap and the feeds) comes
// from the clinic's first domain and its own page addresses, or from a post's canonical override; a clinic
// without a domain gets none, never a relative one; a page address that cannot be one is refused by name.
import type { Payload } from 'payload'

import { parseFeed } from '@rowanmanning/feed-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Clinic } from '@/payload-types'

import { bootNetwork } from '../../helpers/bootNetwork'
import { deliver, issueKeyAsAdmin } from '../../helpers/clinicKey'
import { publishPostOfA } from '../../helpers/publishing'
import { expectInvalid } from '../../helpers/validation'

const suite = bootNetwork()
let keyA: string
let keyB: string
let elsewhere: string
let onOwnSite: string

const sitePaths = {
  article: '/articles/{slug}',
  author: '/team/{slug}',
  blog: '/articles',
  topic: '/conditions/{slug}',
}

beforeAll(async () => {
  const { booted, network } = suite
  const { payload } = booted
  await payload.update({
    collection: 'clinics',
    data: { domains: ['harbor-light.example'], sitePaths },
    id: network.clinicA.id,
    overrideAccess: true,
  })
  // Two posts with a canonical override each: one syndicated from another site, one at an address of its own here.
  elsewhere = (
    await publishPostOfA({
      fields: { seo: { canonicalUrl: 'https://journal.example/ketamine-and-sleep' }, title: 'Syndicated' },
      network,
      payload,
    })
  ).slug
  onOwnSite = (
    await publishPostOfA({
      fields: { seo: { canonicalUrl: 'https://harbor-light.example/guides/first-visit' }, title: 'Own address' },
      network,
      payload,
    })
  ).slug
  const issue = (clinicId: string) =>
    issueKeyAsAdmin({ admin: network.users.admin, baseUrl: booted.baseUrl, clinicId }).then(({ key }) => key)
  keyA = await issue(network.clinicA.id)
  keyB = await issue(network.clinicB.id)
})

const read = async <T>(path: string, key = keyA) => {
  const response = await deliver(suite.booted.baseUrl, path, key)
  return { body: (await response.json()) as T, status: response.status }
}

type Summary = {
  author: null | { url: null | string }
  slug: string
  topics: { url: null | string }[]
  url: null | string
}
type Article = Summary & {
  author: null | { url: null | string }
  clinic: { url: null | string }
  jsonLd: null | string
  seo: { canonicalUrl: null | string }
}

const postsOf = async (key = keyA) => (await read<{ docs: Summary[] }>('/posts', key)).body.docs

describe('a clinic with page addresses of its own', () => {
  it('gives every list item, article, author and topic its address on the clinic website', async () => {
    // Action
    const posts = await postsOf()
    const article = (await read<Article>('/posts/published-a')).body
    const authors = (await read<{ docs: { slug: string; url: string }[] }>('/authors')).body.docs
    const topics = (await read<{ docs: { slug: string; url: string }[] }>('/topics')).body.docs
    const topic = (await read<{ url: string }>('/topics/depression')).body
    // Assert
    const published = posts.find((post) => post.slug === 'published-a')
    expect(published).toMatchObject({
      author: { url: 'https://harbor-light.example/team/author-a' },
      topics: [{ url: 'https://harbor-light.example/conditions/depression' }],
      url: 'https://harbor-light.example/articles/published-a',
    })
    expect(article).toMatchObject({
      author: { url: 'https://harbor-light.example/team/author-a' },
      clinic: { url: 'https://harbor-light.example' },
      seo: { canonicalUrl: 'https://harbor-light.example/articles/published-a' },
      url: 'https://harbor-light.example/articles/published-a',
    })
    expect(authors.map(({ slug, url }) => [slug, url])).toContainEqual([
      'author-a',
      'https://harbor-light.example/team/author-a',
    ])
    expect(topics.map(({ url }) => url)).toContain('https://harbor-light.example/conditions/depression')
    expect(topic.url).toBe('https://harbor-light.example/conditions/depression')
  })

  it('names the same addresses in the JSON-LD', async () => {
    // Action
    const { jsonLd } = (await read<Article>('/posts/published-a')).body
    const graph = (JSON.parse(jsonLd ?? 'null') as { '@graph': Record<string, unknown>[] })['@graph']
    // Assert
    const posting = graph.find((node) => node['@type'] === 'BlogPosting')
    expect(posting).toMatchObject({
      '@id': 'https://harbor-light.example/articles/published-a#article',
      author: { url: 'https://harbor-light.example/team/author-a' },
      url: 'https://harbor-light.example/articles/published-a',
    })
  })

  it('uses a post’s canonical override everywhere: in lists, the article, the feeds and the JSON-LD', async () => {
    // Action
    const posts = await postsOf()
    const article = (await read<Article>(`/posts/${elsewhere}`)).body
    const rss = parseFeed(await (await deliver(suite.booted.baseUrl, `/feed.xml?key=${keyA}`)).text())
    const json = (await read<{ items: { id: string; url: string }[] }>('/feed.json')).body
    // Assert
    const expected = 'https://journal.example/ketamine-and-sleep'
    expect(posts.find((post) => post.slug === elsewhere)?.url).toBe(expected)
    expect(article.seo.canonicalUrl).toBe(expected)
    expect(JSON.parse(article.jsonLd ?? 'null')['@graph'][0]).toMatchObject({ '@id': `${expected}#article` })
    expect(rss.items.map((item) => item.url)).toContain(expected)
    expect(json.items.map((item) => item.url)).toContain(expected)
    expect(json.items.map((item) => item.url)).toContain('https://harbor-light.example/articles/published-a')
  })

  it('lists in the sitemap the clinic’s own pages at their addresses, and not a post canonical elsewhere', async () => {
    // Action
    const response = await deliver(suite.booted.baseUrl, `/sitemap.xml?key=${keyA}`)
    const locations = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc)
    // Assert
    expect(response.status).toBe(200)
    expect(locations).toEqual(
      expect.arrayContaining([
        'https://harbor-light.example/articles',
        'https://harbor-light.example/articles/published-a',
        'https://harbor-light.example/guides/first-visit',
      ]),
    )
    expect(locations.some((loc) => loc.includes('journal.example') || loc.includes(elsewhere))).toBe(false)
    expect(locations.some((loc) => loc.includes(`/articles/${onOwnSite}`))).toBe(false)
  })

  it('follows a change of the clinic’s page addresses on the next read, cached or not', async () => {
    // Setup: the list and the article are cached with the current addresses
    const { payload } = suite.booted
    await postsOf()
    await read<Article>('/posts/published-a')
    // Action
    await setPaths(payload, suite.network.clinicA.id, { ...sitePaths, article: '/read/{slug}' })
    // Assert
    const url = 'https://harbor-light.example/read/published-a'
    await expect
      .poll(async () => (await postsOf()).find((post) => post.slug === 'published-a')?.url, { timeout: 15_000 })
      .toBe(url)
    expect((await read<Article>('/posts/published-a')).body.seo.canonicalUrl).toBe(url)
    await setPaths(payload, suite.network.clinicA.id, sitePaths)
  })
})

const setPaths = (payload: Payload, id: string, paths: Partial<NonNullable<Clinic['sitePaths']>>) =>
  payload.update({ collection: 'clinics', data: { sitePaths: paths }, id, overrideAccess: true })

describe('a clinic without a domain', () => {
  it('gives no address at all, never a relative one, and no JSON-LD that would need one', async () => {
    // Setup: clinic B has no domain; one published post
    const posts = await postsOf(keyB)
    const { body: article } = await read<Article>(`/posts/${posts[0].slug}`, keyB)
    // Assert
    expect(posts.length).toBeGreaterThan(0)
    for (const post of posts) expect(post).toMatchObject({ author: { url: null }, url: null })
    expect(article).toMatchObject({ clinic: { url: null }, jsonLd: null, seo: { canonicalUrl: null }, url: null })
  })

  it.each(['/feed.xml', '/feed.atom', '/feed.json', '/sitemap.xml'])(
    'answers %s with a problem naming the missing domain',
    async (path) => {
      const { body, status } = await read<{ detail: string }>(path, keyB)
      expect(status).toBe(404)
      expect(body.detail).toMatch(/no domain/)
    },
  )
})

describe('page addresses', () => {
  it.each([
    ['article', 'articles/{slug}', /start with "\/"/],
    ['article', '/articles', /\{slug\} exactly once/],
    ['author', '/team/{slug}/{slug}', /\{slug\} exactly once/],
    ['topic', '/conditions?name={slug}', /letters, digits/],
    ['topic', '/conditions//{slug}', /letters, digits/],
    ['blog', '/articles/{slug}', /has no slug/],
  ])('refuses %s address %s by name, and changes nothing', async (field, value, reason) => {
    // Setup
    const { payload } = suite.booted
    const id = suite.network.clinicB.id
    const before = await payload.findByID({ collection: 'clinics', id, overrideAccess: true })
    // Action
    const errors = await expectInvalid(() => setPaths(payload, id, { [field]: value }))
    // Assert
    expect(errors).toEqual([{ message: expect.stringMatching(reason), path: `sitePaths.${field}` }])
    expect((await payload.findByID({ collection: 'clinics', id, overrideAccess: true })).sitePaths).toEqual(
      before.sitePaths,
    )
  })
})

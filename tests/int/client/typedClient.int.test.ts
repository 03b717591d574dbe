// The typed client (@vetted/client, as a clinic site installs it) against the real server: every route of the
// OpenAPI document is called through it, and each real response is then compiled as a literal of the type the client
// gives it, with `strict` and `exactOptionalPropertyTypes`. A field the API sends that the type lacks, a field the
// type requires that the API leaves out, or a value of another type fails the compile, and so this test.
import type { createVettedClient } from '@vetted/client'

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootNetwork } from '../../helpers/bootNetwork'
import { issueKeyAsAdmin } from '../../helpers/clinicKey'

const suite = bootNetwork()
let vetted: ReturnType<typeof createVettedClient>
const run = promisify(execFile)
const tsc = path.resolve('node_modules/typescript/bin/tsc')

type Checked = { body: unknown; path: string; status: number }
const checked: Checked[] = []

beforeAll(async () => {
  // The package as it ships: its dist/, built from the current source.
  await run(process.execPath, [tsc, '-p', 'packages/client/tsconfig.build.json'])
  const { createVettedClient } = await import('@vetted/client')
  const { payload } = suite.booted
  await payload.update({
    collection: 'clinics',
    data: { domains: ['harbor-light.example'], logo: suite.network.a.media.id },
    id: suite.network.clinicA.id,
    overrideAccess: true,
  })
  const { key } = await issueKeyAsAdmin({
    admin: suite.network.users.admin,
    baseUrl: suite.booted.baseUrl,
    clinicId: suite.network.clinicA.id,
    rateLimitPerMinute: 1000,
  })
  vetted = createVettedClient({ baseUrl: suite.booted.baseUrl, key })
})

/** Keeps a JSON response for the compile step and hands its body back: the data, or else the problem. */
const keep = <T, E>(path: string, result: { data?: T; error?: E; response: Response }): E | T => {
  const body = result.data ?? result.error
  checked.push({ body, path, status: result.response.status })
  expect(body).toBeDefined()
  return body as E | T
}
const ok = <T>(path: string, result: { data?: T; response: Response }): T => {
  expect(result.response.status, path).toBe(200)
  return keep(path, result) as T
}

describe('every route through @vetted/client', () => {
  it('reads the JSON routes', async () => {
    const list = ok('/posts', await vetted.GET('/posts', { params: { query: { limit: 5 } } }))
    expect(list.docs.map(({ slug }) => slug)).toEqual(['published-a'])
    const slug = list.docs[0]!.slug
    const article = ok('/posts/{slug}', await vetted.GET('/posts/{slug}', { params: { path: { slug } } }))
    expect(article.references.length).toBeGreaterThan(0)
    const author = ok(
      '/authors/{slug}',
      await vetted.GET('/authors/{slug}', { params: { path: { slug: article.author!.slug } } }),
    )
    expect(author.posts.map((post) => post.slug)).toEqual([slug])
    const authors = ok('/authors', await vetted.GET('/authors'))
    expect(authors.docs.map(({ postCount, slug }) => ({ postCount, slug }))).toEqual([
      { postCount: 1, slug: 'author-a' },
    ])
    const clinic = ok('/clinic', await vetted.GET('/clinic'))
    expect(clinic.logo?.url).toMatch(/\/v1\/media\//)
    const topics = ok('/topics', await vetted.GET('/topics'))
    const topicSlug = article.topics[0]!.slug
    expect(topics.docs.find((topic) => topic.slug === topicSlug)?.postCount).toBe(1)
    ok('/topics/{slug}', await vetted.GET('/topics/{slug}', { params: { path: { slug: topicSlug } } }))
    const feed = ok('/feed.json', await vetted.GET('/feed.json'))
    expect(feed.items.map((item) => item.url)).toEqual(['https://harbor-light.example/blog/published-a'])
    ok('/health', await vetted.GET('/health'))
    ok('/openapi.json', await vetted.GET('/openapi.json'))
  })

  it('reads the XML routes and the images as text and bytes', async () => {
    for (const route of ['/feed.atom', '/feed.xml', '/sitemap.xml'] as const) {
      const { data, response } = await vetted.GET(route, { parseAs: 'text' })
      expect(response.status, route).toBe(200)
      expect(data, route).toMatch(/^<\?xml/)
      checked.push({ body: data, path: route, status: 200 })
    }
    const clinic = checked.find((entry) => entry.path === '/clinic')!.body as { logo: { url: string } }
    const filename = decodeURIComponent(clinic.logo.url.split('/').pop()!)
    const { data, response } = await vetted.GET('/media/{filename}', {
      params: { path: { filename } },
      parseAs: 'arrayBuffer',
    })
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(data?.byteLength).toBeGreaterThan(0)
    checked.push({ body: 'binary', path: '/media/{filename}', status: 200 })
  })

  it('gives problems as typed errors', async () => {
    const missing = await vetted.GET('/posts/{slug}', { params: { path: { slug: 'draft-a' } } })
    expect(missing.data).toBeUndefined()
    keep('/posts/{slug}', missing)
    expect(missing.error?.status).toBe(404)
    const invalid = await vetted.GET('/posts', { params: { query: { limit: 500 } } })
    keep('/posts', invalid)
    expect(invalid.error?.invalidParams?.map(({ name }) => name)).toEqual(['limit'])
  })

  it('covers every path of the OpenAPI document', () => {
    const document = checked.find((entry) => entry.path === '/openapi.json')!.body as { paths: object }
    expect([...new Set(checked.map((entry) => entry.path))].sort()).toEqual(Object.keys(document.paths).sort())
  })

  it('compiles every JSON response against its generated type (strict, exactOptionalPropertyTypes)', async () => {
    // Inside the repository so that `@vetted/client` resolves as it does for a site.
    const dir = path.resolve('node_modules/.cache/vetted-typed-client')
    fs.rmSync(dir, { force: true, recursive: true })
    fs.mkdirSync(dir, { recursive: true })
    const literals = checked
      .filter(({ body }) => typeof body === 'object')
      .map(({ body, path: route, status }, index) => {
        const media = status < 400 ? 'application/json' : 'application/problem+json'
        const contentType = route === '/feed.json' && status === 200 ? 'application/feed+json' : media
        return `export const r${index} = ${JSON.stringify(body, null, 2)} satisfies Body<'${route}', ${status}, '${contentType}'>\n`
      })
    expect(literals.length).toBeGreaterThanOrEqual(12)
    fs.writeFileSync(
      path.join(dir, 'responses.ts'),
      [
        `import type { paths } from '@vetted/client'`,
        `type Body<P extends keyof paths, S extends number, C extends string> =`,
        `  paths[P]['get']['responses'] extends Record<S, { content: Record<C, infer T> }> ? T : never`,
        ...literals,
      ].join('\n'),
    )
    fs.writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          exactOptionalPropertyTypes: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          noEmit: true,
          skipLibCheck: true,
          strict: true,
          target: 'ES2022',
        },
        files: ['responses.ts'],
      }),
    )
    const result = await run(process.execPath, [tsc, '-p', dir]).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    )
    expect(result).toBe('')
  })
})

// Input limits, validation on drafts, and requests that must be refused with a 4xx instead of a 500.
import { describe, expect, it } from 'vitest'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { deliver, issueKeyAsAdmin } from '../../helpers/clinicKey'
import { bodyOf, bodyOfNodes, bodyWithLink, withBlocks } from '../../helpers/lexicalBodies'

const suite = bootNetwork()

const unknownId = '00000000-0000-4000-8000-000000000000'

const api = async ({
  body,
  headers = {},
  method = 'GET',
  path,
  token,
}: {
  body?: BodyInit
  headers?: Record<string, string>
  method?: string
  path: string
  token?: string
}) => {
  const response = await fetch(`${suite.booted.baseUrl}/api${path}`, {
    body,
    headers: {
      ...(body && typeof body === 'string' ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    method,
  })
  const text = await response.text()
  return { status: response.status, text }
}

const tokenOf = (who: 'admin' | 'marketerA') => login({ baseUrl: suite.booted.baseUrl, user: suite.network.users[who] })

const bodyWithUpload = (mediaId: string) =>
  bodyOfNodes({ fields: null, format: '', relationTo: 'media', type: 'upload', value: mediaId, version: 3 })

describe('request size and depth limits', () => {
  it.each([
    { name: 'an anonymous 5 MB login body', path: '/users/login', method: 'POST', bytes: 5_000_000, status: 413 },
    { name: 'a 5 MB GraphQL body', path: '/graphql', method: 'POST', bytes: 5_000_000, status: 413 },
  ])('refuses $name with $status before parsing it', async ({ bytes, method, path, status }) => {
    // Setup: a JSON body far over the limit.
    const body = JSON.stringify({ email: 'x@test.example', password: 'x'.repeat(bytes) })
    // Action
    const response = await api({ body, method, path })
    // Assert
    expect(response.status).toBe(status)
  })

  it('refuses a chunked body over the limit, counting streamed bytes', async () => {
    // Setup: a body without Content-Length, streamed in chunks.
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 5_000_000) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    // Action
    const response = await fetch(`${suite.booted.baseUrl}/api/users/login`, {
      body: stream,
      duplex: 'half',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    } as RequestInit)
    // Assert
    expect(response.status).toBe(413)
  })

  it('refuses a 5 MB excerpt PATCH on a draft and stores nothing', async () => {
    // Setup
    const token = await tokenOf('marketerA')
    const { id } = suite.network.a.draft
    // Action
    const response = await api({
      body: JSON.stringify({ excerpt: 'x'.repeat(5_000_000) }),
      method: 'PATCH',
      path: `/posts/${id}?draft=true`,
      token,
    })
    // Assert
    expect(response.status).toBe(413)
    const stored = await suite.booted.payload.findByID({ collection: 'posts', draft: true, id })
    expect(stored.excerpt ?? '').toHaveLength(0)
  })

  it.each([
    { name: 'REST', path: '/users/login' },
    { name: 'GraphQL', path: '/graphql' },
  ])('refuses a JSON body nested deeper than the limit on $name with 400', async ({ path }) => {
    // Setup: 2,000 nested arrays, well under the size limit.
    const body = `{"email":${'['.repeat(2000)}${']'.repeat(2000)}}`
    // Action
    const response = await api({ body, method: 'POST', path })
    // Assert
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/deep/i)
  })
})

describe('drafts keep tenant and safety rules', () => {
  it.each([
    {
      name: 'a hero image of another clinic',
      field: 'heroImage',
      data: () => ({ heroImage: suite.network.b.media.id }),
    },
    {
      name: 'an SEO image of another clinic',
      field: 'seo.image',
      data: () => ({ seo: { image: suite.network.b.media.id } }),
    },
    {
      name: 'an upload node in the body pointing at another clinic',
      field: 'body',
      data: () => ({ body: bodyWithUpload(suite.network.b.media.id) }),
    },
    { name: 'an author of another clinic', field: 'author', data: () => ({ author: suite.network.b.author.id }) },
    { name: 'a 5,000-character title', field: 'title', data: () => ({ title: 't'.repeat(5000) }) },
    {
      name: 'a javascript: link in the body',
      field: 'body',
      data: () => ({ body: bodyWithLink('javascript:alert(1)') }),
    },
    {
      name: 'a data: link in the body',
      field: 'body',
      data: () => ({ body: bodyWithLink('data:text/html,<script>alert(1)</script>') }),
    },
  ])('refuses a draft save with $name (400 naming $field) and changes nothing', async ({ data, field }) => {
    // Setup
    const token = await tokenOf('marketerA')
    const { id } = suite.network.a.draft
    const before = await suite.booted.payload.findByID({ collection: 'posts', depth: 0, draft: true, id })
    // Action
    const response = await api({
      body: JSON.stringify(data()),
      method: 'PATCH',
      path: `/posts/${id}?draft=true`,
      token,
    })
    // Assert
    expect(response.status).toBe(400)
    expect(response.text).toContain(field)
    const after = await suite.booted.payload.findByID({ collection: 'posts', depth: 0, draft: true, id })
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('refuses an author photo of another clinic', async () => {
    // Setup
    const token = await tokenOf('marketerA')
    // Action
    const response = await api({
      body: JSON.stringify({ photo: suite.network.b.media.id }),
      method: 'PATCH',
      path: `/authors/${suite.network.a.author.id}`,
      token,
    })
    // Assert
    expect(response.status).toBe(400)
    expect(response.text).toContain('photo')
  })

  it('still accepts a draft with the clinic’s own media and a safe link', async () => {
    // Setup
    const token = await tokenOf('marketerA')
    const { id } = suite.network.a.draft
    // Action
    const response = await api({
      body: JSON.stringify({ body: bodyWithLink('https://example.org/'), heroImage: suite.network.a.media.id }),
      method: 'PATCH',
      path: `/posts/${id}?draft=true`,
      token,
    })
    // Assert
    expect(response.status).toBe(200)
  })
})

describe('bad queries and bodies are 400s, not 500s', () => {
  it.each([
    { name: 'like with an array', query: 'where[title][like][0]=a' },
    { name: 'near on a text field', query: 'where[title][near]=1,2' },
    { name: 'equals with an object', query: 'where[title][equals][a]=b' },
    { name: 'a query on a richText path', query: 'where[body][equals]=a' },
    { name: 'a query inside a richText path', query: 'where[body.root.children][exists]=true' },
    { name: 'a negative limit', query: 'limit=-5' },
    { name: 'a non-numeric limit', query: 'limit=abc' },
    { name: 'a limit over the maximum', query: 'limit=100000' },
    { name: 'a negative page', query: 'page=-1' },
    { name: 'an invalid uuid in an id filter', query: `where[id][in]=not-a-uuid,${unknownId}` },
    { name: 'an invalid uuid in a relationship filter', query: 'where[author][equals]=nope' },
    { name: 'a __proto__ key', query: 'where[__proto__][title][equals]=a' },
    { name: 'a constructor key', query: 'where[constructor][equals]=a' },
    { name: 'an unknown operator', query: 'where[title][bogus]=a' },
  ])('GET /api/posts?$query ($name) is a 400', async ({ query }) => {
    // Setup
    const token = await tokenOf('admin')
    // Action
    const response = await api({ path: `/posts?${query}`, token })
    // Assert
    expect(response.status).toBe(400)
  })

  it('the admin’s own title lookups for a list’s relationship cells answer (limit 250, ids comma-joined)', async () => {
    // Setup: what @payloadcms/ui's RelationshipProvider asks for each column of documents it shows
    const token = await tokenOf('admin')
    const ids = [suite.network.a.author.id, suite.network.b.author.id].join(',')
    // Action
    const response = await api({
      path: `/authors?depth=0&limit=250&where[id][in]=${ids}&select[name]=true`,
      token,
    })
    // Assert
    expect(response.status, response.text).toBe(200)
    const { docs } = JSON.parse(response.text) as { docs: { name: string }[] }
    expect(docs.map(({ name }) => name).sort()).toEqual(
      [suite.network.a.author.name, suite.network.b.author.name].sort(),
    )
  })

  it.each([
    { name: 'null', body: 'null' },
    { name: 'a bare string', body: '"hello"' },
    { name: 'a bare number', body: '42' },
    { name: 'malformed JSON', body: '{"title":' },
    { name: 'a body whose children are not a list', body: '{"body":{"root":{"children":"nope"}}}' },
    { name: 'a body whose root is a string', body: '{"body":{"root":"nope"}}' },
  ])('PATCH /api/posts/:id with $name is a 400 and changes nothing', async ({ body }) => {
    // Setup
    const token = await tokenOf('admin')
    const { id } = suite.network.a.draft
    const before = await suite.booted.payload.findByID({ collection: 'posts', depth: 0, draft: true, id })
    // Action
    const response = await api({ body, method: 'PATCH', path: `/posts/${id}?draft=true`, token })
    // Assert
    expect(response.status).toBe(400)
    const after = await suite.booted.payload.findByID({ collection: 'posts', depth: 0, draft: true, id })
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('a citation pointing at an unknown reference is a 400', async () => {
    // Setup
    const token = await tokenOf('marketerA')
    // Action
    const response = await api({
      body: JSON.stringify({ body: withBlocks('Cited.', { blockType: 'citation', reference: unknownId }) }),
      method: 'PATCH',
      path: `/posts/${suite.network.a.draft.id}?draft=true`,
      token,
    })
    // Assert
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/reference/i)
  })

  it('an edit lock on an unknown document is a 4xx', async () => {
    // Setup
    const token = await tokenOf('admin')
    // Action
    const response = await api({
      body: JSON.stringify({ document: { relationTo: 'posts', value: unknownId }, globalSlug: null }),
      method: 'POST',
      path: '/payload-locked-documents',
      token,
    })
    // Assert
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('/versions on a collection without versions is a 404', async () => {
    // Setup
    const token = await tokenOf('admin')
    // Action
    const response = await api({ path: '/topics/versions', token })
    // Assert
    expect(response.status).toBe(404)
  })

  it.each([
    { name: 'a fragment cycle', query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' },
    {
      name: '300 aliased counts',
      query: `query { ${Array.from({ length: 300 }, (_, index) => `c${index}: countPosts { totalDocs }`).join(' ')} }`,
    },
    {
      name: 'a query nested too deep',
      query: `query { Posts { docs { ${'author { clinic { logo { clinic { '.repeat(5)}id${' } } } }'.repeat(5)} } } }`,
    },
  ])('GraphQL with $name is refused with a 400', async ({ query }) => {
    // Setup
    const token = await tokenOf('admin')
    // Action
    const started = Date.now()
    const response = await api({ body: JSON.stringify({ query }), method: 'POST', path: '/graphql', token })
    // Assert
    expect(response.status).toBe(400)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it.each([
    { limit: 100000, name: 'a list limit above the maximum' },
    { limit: 0, name: 'a list limit of 0 (everything)' },
  ])('GraphQL with $name is refused, naming limit', async ({ limit }) => {
    // Setup
    const token = await tokenOf('admin')
    // Action
    const response = await api({
      body: JSON.stringify({ query: `query { Posts(limit: ${limit}) { docs { id } } }` }),
      method: 'POST',
      path: '/graphql',
      token,
    })
    // Assert
    expect(response.status).toBe(400)
    expect(response.text).toContain('limit must be a whole number from 1 to 250')
  })

  it('GraphQL lists within the limit still answer', async () => {
    const token = await tokenOf('admin')
    const response = await api({
      body: JSON.stringify({ query: 'query { Posts(limit: 100) { docs { id } } }' }),
      method: 'POST',
      path: '/graphql',
      token,
    })
    const result = JSON.parse(response.text) as { data?: { Posts?: { docs: unknown[] } }; errors?: unknown[] }
    expect(result.errors).toBeUndefined()
    expect(result.data?.Posts?.docs.length).toBeGreaterThan(0)
  })

  it('the body of a good post still saves', async () => {
    // Setup
    const token = await tokenOf('marketerA')
    // Action
    const response = await api({
      body: JSON.stringify({ body: bodyOf('Fine.') }),
      method: 'PATCH',
      path: `/posts/${suite.network.a.draft.id}?draft=true`,
      token,
    })
    // Assert
    expect(response.status).toBe(200)
  })
})

describe('/v1 search', () => {
  it.each([
    { name: 'percent signs', q: '%%' },
    { name: 'underscores', q: '__' },
    { name: 'a backslash and percent', q: '\\%' },
  ])('q with $name never matches every post: it is refused as no search', async ({ q }) => {
    // Setup
    const { key } = await issueKeyAsAdmin({
      admin: suite.network.users.admin,
      baseUrl: suite.booted.baseUrl,
      clinicId: suite.network.clinicA.id,
    })
    // Action
    const response = await deliver(suite.booted.baseUrl, `/posts?q=${encodeURIComponent(q)}`, key)
    // Assert
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('"q"')
  })

  it('a request body on /v1 over the limit is a 413', async () => {
    // Setup
    const body = 'x'.repeat(5_000_000)
    // Action
    const response = await fetch(`${suite.booted.baseUrl}/v1/posts`, { body, method: 'POST' })
    // Assert
    expect(response.status).toBe(413)
  })
})

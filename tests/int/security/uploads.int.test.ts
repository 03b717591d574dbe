// Attacks on uploads, on the files the CMS serves and on the documents /v1 renders for other programs (feeds, JSON-LD):
// each is tried over real HTTP against the real Payload, and the answer must be a refusal or harmless output.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import type { TestUser } from '../../helpers/network'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { deliver, issueKeyAsAdmin } from '../../helpers/clinicKey'
import { withBlocks } from '../../helpers/lexicalBodies'
import { publishPostOfA as publishPostOf } from '../../helpers/publishing'

const suite = bootNetwork()
let keyA: string
const tokens = new Map<string, string>()

beforeAll(async () => {
  const { network } = suite
  for (const user of [network.users.marketerA, network.users.marketerB])
    tokens.set(user.email, await login({ baseUrl: suite.booted.baseUrl, user }))
  keyA = (
    await issueKeyAsAdmin({ admin: network.users.admin, baseUrl: suite.booted.baseUrl, clinicId: network.clinicA.id })
  ).key
})

const mediaDir = () => process.env.MEDIA_DIR as string
const storedFiles = () => fs.readdirSync(mediaDir()).sort()
const sha = (file: string) =>
  crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(mediaDir(), file)))
    .digest('hex')

const png = (color: string, size = 400) =>
  sharp({ create: { background: color, channels: 3, height: size, width: size } })
    .png()
    .toBuffer()

/** A valid PNG with an HTML document after its IEND chunk: an image to sharp, a page to a browser told it is HTML. */
const polyglot = async () =>
  Buffer.concat([
    await png('#cc0000', 16),
    Buffer.from('<html><body><script>alert(document.domain)</script></body></html>'),
  ])

/** POST /api/media as a marketer, multipart, the way the admin uploads. */
const upload = async ({
  as,
  clinic,
  data,
  name,
  query = '',
}: {
  as: TestUser
  clinic: string
  data: Buffer
  name: string
  query?: string
}) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: 'A calm treatment room', clinic }))
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), name)
  const response = await fetch(`${suite.booted.baseUrl}/api/media${query}`, {
    body: form,
    headers: { Authorization: `JWT ${tokens.get(as.email)}` },
    method: 'POST',
  })
  const body = (await response.json().catch(() => ({}))) as { doc?: Media; errors?: { message: string }[] }
  return { body, doc: body.doc, status: response.status }
}

const mediaCount = async () =>
  (await suite.booted.payload.count({ collection: 'media', overrideAccess: true, trash: true })).totalDocs

/** Every file in the upload directory belongs to a media document: no orphans left by a failed upload. */
const orphanFiles = async () => {
  const { docs } = await suite.booted.payload.find({
    collection: 'media',
    limit: 0,
    overrideAccess: true,
    pagination: false,
    trash: true,
  })
  const known = new Set(
    docs.flatMap((doc) => [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]),
  )
  return storedFiles().filter((file) => !known.has(file))
}

/** Publishes a post of clinic A through review with the given fields, so /v1 shows it. */
const publishPostOfA = (fields: Record<string, unknown>) =>
  publishPostOf({ fields, network: suite.network, payload: suite.booted.payload })

describe('uploads: what the file is decides its name and its type, never the uploader', () => {
  it.each(['x.html', 'x.svg', 'x.xhtml', 'x.htm'])(
    'a PNG with HTML after its end, uploaded as %s, is stored and served only as a .png image',
    async (name) => {
      // Setup: a PNG/HTML polyglot, used as the hero of a live post so that /v1 serves it.
      const { network } = suite
      // Action
      const result = await upload({
        as: network.users.marketerA,
        clinic: network.clinicA.id,
        data: await polyglot(),
        name,
      })
      // Assert: stored under a .png name with the sniffed type…
      expect(result.status).toBe(201)
      const doc = result.doc as Media
      expect(doc.filename).toMatch(/^[a-z0-9-]+\.png$/)
      expect(doc.mimeType).toBe('image/png')
      await publishPostOfA({ heroImage: doc.id })
      // …the uploader's name serves nothing…
      expect((await deliver(suite.booted.baseUrl, `/media/${name}`)).status).toBe(404)
      // …and the stored file is an image, on both routes, with headers that forbid reading it as a page.
      const token = tokens.get(network.users.marketerA.email)
      for (const url of [
        `${suite.booted.baseUrl}/v1/media/${doc.filename}`,
        `${suite.booted.baseUrl}/api/media/file/${doc.filename}`,
      ]) {
        const response = await fetch(url, { headers: { Authorization: `JWT ${token}` } })
        expect(response.status, url).toBe(200)
        expect(response.headers.get('content-type'), url).toBe('image/png')
        expect(response.headers.get('x-content-type-options'), url).toBe('nosniff')
        expect(response.headers.get('content-security-policy'), url).toContain("default-src 'none'")
        expect(response.headers.get('content-security-policy'), url).toContain('sandbox')
      }
    },
  )

  it('clinic B uploading victim.PNG leaves clinic A’s victim.png and its resized files untouched', async () => {
    // Setup: clinic A's image with its sizes on disk.
    const { network } = suite
    const a = await upload({
      as: network.users.marketerA,
      clinic: network.clinicA.id,
      data: await png('#aa0000'),
      name: 'victim.png',
    })
    expect(a.status).toBe(201)
    const filesOfA = [a.doc?.filename, ...Object.values(a.doc?.sizes ?? {}).map((size) => size?.filename)].filter(
      Boolean,
    ) as string[]
    const before = filesOfA.map(sha)
    // Action
    const b = await upload({
      as: network.users.marketerB,
      clinic: network.clinicB.id,
      data: await png('#0000aa'),
      name: 'victim.PNG',
    })
    // Assert: B's files have names of their own, even ignoring case, and A's bytes are unchanged.
    expect(b.status).toBe(201)
    const filesOfB = [b.doc?.filename, ...Object.values(b.doc?.sizes ?? {}).map((size) => size?.filename)].filter(
      Boolean,
    ) as string[]
    const lowerA = new Set(filesOfA.map((file) => file.toLowerCase()))
    expect(filesOfB.filter((file) => lowerA.has(file.toLowerCase()))).toEqual([])
    expect(filesOfA.map(sha)).toEqual(before)
  })

  it.each([
    ['a name of 300 bytes', `${'a'.repeat(296)}.png`],
    ['a name of 255 bytes of multibyte letters', `${'é'.repeat(126)}.png`],
    ['a path in the name', '../../../etc/passwd.png'],
    ['a name with no extension', 'photo'],
  ])('an upload with %s is stored under a short, safe name and leaves no orphan files', async (_label, name) => {
    // Setup
    const { network } = suite
    // Action
    const result = await upload({
      as: network.users.marketerA,
      clinic: network.clinicA.id,
      data: await png('#00aa00', 32),
      name,
    })
    // Assert
    expect(result.status).toBe(201)
    expect(result.doc?.filename).toMatch(/^[a-z0-9-]{1,100}\.png$/)
    expect(await orphanFiles()).toEqual([])
  })

  it('an upload whose file name holds a NUL is a 400 that stores nothing', async () => {
    // Setup
    const { network } = suite
    const before = await mediaCount()
    // Action
    const result = await upload({
      as: network.users.marketerA,
      clinic: network.clinicA.id,
      data: await png('#00aa00', 32),
      name: 'pho\u0000to.png',
    })
    // Assert
    expect(result.status).toBe(400)
    expect(result.body.errors?.[0].message).toContain('could not be read')
    expect(await mediaCount()).toBe(before)
    expect(await orphanFiles()).toEqual([])
  })

  it('a NUL in a file name given to the Local API is stored under a safe name', async () => {
    // Setup
    const { network } = suite
    const file = { data: await png('#00aa00', 32), mimetype: 'image/png', name: 'pho\u0000to.png' }
    // Action
    const doc = await suite.booted.payload.create({
      collection: 'media',
      data: { alt: 'A room', clinic: network.clinicA.id },
      file: { ...file, size: file.data.length },
      overrideAccess: false,
      user: network.users.marketerA,
    })
    // Assert
    expect(doc.filename).toMatch(/^pho-to-[a-f0-9]{12}\.png$/)
    expect(await orphanFiles()).toEqual([])
  })

  it.each([
    ['?prefix=..%2f..', '?prefix=..%2f..'],
    ['?prefix=x', '?prefix=x'],
  ])('GET /api/media/file/… with %s is a 400 that names the parameter', async (_label, query) => {
    // Setup
    const { network } = suite
    const token = tokens.get(network.users.marketerA.email)
    // Action
    const response = await fetch(`${suite.booted.baseUrl}/api/media/file/clinic-a.png${query}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    // Assert
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('prefix')
  })

  it.each([
    ['media upload', '/api/media', 'multipart/form-data; boundary=', true],
    ['media upload', '/api/media', 'multipart/form-data', true],
    ['media upload', '/api/media', `multipart/form-data; boundary=${'x'.repeat(200)}`, true],
    ['media upload', '/api/media', 'multipart/form-data; boundary=abc', true],
    ['anonymous login', '/api/users/login', 'multipart/form-data; boundary=', false],
    ['anonymous login', '/api/users/login', 'multipart/form-data', false],
    ['anonymous login', '/api/users/login', 'multipart/form-data; boundary=abc', false],
  ])(
    'a %s (POST %s) with Content-Type "%s" and a broken body is a 4xx',
    async (_label, route, contentType, isSignedIn) => {
      // Setup
      const before = await mediaCount()
      const token = tokens.get(suite.network.users.marketerA.email)
      // Action: a body that does not match the boundary, or ends in the middle of a part.
      const response = await fetch(`${suite.booted.baseUrl}${route}`, {
        body: '--abc\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\n\r\n\u0089PNG',
        headers: { 'Content-Type': contentType, ...(isSignedIn ? { Authorization: `JWT ${token}` } : {}) },
        method: 'POST',
      })
      // Assert
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      expect(await mediaCount()).toBe(before)
    },
  )
})

describe('multipart uploads with a broken _payload part', () => {
  it.each([
    ['not JSON', '{"alt": "A calm treatment room", '],
    ['JSON null', 'null'],
    ['a JSON string', '"alt"'],
    ['a JSON array', '[1, 2]'],
  ])('a _payload that is %s is a 4xx naming it, and stores nothing', async (_label, payloadPart) => {
    // Setup
    const before = await mediaCount()
    const orphansBefore = await orphanFiles()
    const form = new FormData()
    form.append('_payload', payloadPart)
    form.append('file', new Blob([new Uint8Array(await png('#00aa00', 16))], { type: 'image/png' }), 'room.png')
    // Action
    const response = await fetch(`${suite.booted.baseUrl}/api/media`, {
      body: form,
      headers: { Authorization: `JWT ${tokens.get(suite.network.users.marketerA.email)}` },
      method: 'POST',
    })
    // Assert
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await response.text()).toContain('_payload')
    expect(await mediaCount()).toBe(before)
    expect(await orphanFiles()).toEqual(orphansBefore)
  })
})

describe('GET /v1/media/:filename serves only images that published content shows', () => {
  it.each([
    ['an image no document uses', async () => ({})],
    [
      'an image used only by a draft post',
      async (id: string) => {
        await suite.booted.payload.create({
          collection: 'posts',
          data: {
            body: withBlocks('Draft.'),
            clinic: suite.network.clinicB.id,
            heroImage: id,
            slug: `draft-${id}`,
            title: 'Draft with an image',
          },
          draft: true,
          overrideAccess: true,
        })
      },
    ],
    [
      'an image used only by an unpublished edit of a live post',
      async (id: string) => {
        await suite.booted.payload.update({
          collection: 'posts',
          data: { heroImage: id },
          draft: true,
          id: suite.network.b.published.id,
          overrideAccess: true,
        })
      },
    ],
  ])('%s is a 404 problem', async (_label, use) => {
    // Setup
    const { network } = suite
    const result = await upload({
      as: network.users.marketerB,
      clinic: network.clinicB.id,
      data: await png('#123456', 32),
      name: 'private.png',
    })
    const doc = result.doc as Media
    await use(doc.id)
    // Action
    const responses = await Promise.all(
      [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
        .filter(Boolean)
        .map((file) => deliver(suite.booted.baseUrl, `/media/${file}`)),
    )
    // Assert
    for (const response of responses) {
      expect(response.status).toBe(404)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
    }
  })

  it.each([
    ['the hero image of a live post', (id: string) => publishPostOfA({ heroImage: id })],
    ['the search image of a live post', (id: string) => publishPostOfA({ seo: { image: id } })],
    [
      'the photo of an author',
      (id: string) =>
        suite.booted.payload.update({
          collection: 'authors',
          data: { photo: id },
          id: suite.network.a.author.id,
          overrideAccess: true,
        }),
    ],
    [
      'the logo of a clinic',
      (id: string) =>
        suite.booted.payload.update({
          collection: 'clinics',
          data: { logo: id },
          id: suite.network.clinicA.id,
          overrideAccess: true,
        }),
    ],
  ])('%s is served as an image with nosniff and a sandboxing CSP', async (_label, use) => {
    // Setup
    const { network } = suite
    const result = await upload({
      as: network.users.marketerA,
      clinic: network.clinicA.id,
      data: await png('#654321'),
      name: 'shown.png',
    })
    const doc = result.doc as Media
    await use(doc.id)
    // Action
    const response = await deliver(suite.booted.baseUrl, `/media/${doc.sizes?.thumbnail?.filename}`)
    // Assert
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    )
  })
})

const script = '<img src=x onerror=alert(1)></script><script>alert(2)</script>'

/** The text an element holds as its reader sees it: a CDATA section as it is, anything else with XML entities decoded. */
const textsOf = (xml: string, element: string) =>
  [...xml.matchAll(new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}>`, 'g'))].map(([, inner]) =>
    inner.startsWith('<![CDATA[') && inner.endsWith(']]>')
      ? inner.slice(9, -3)
      : inner
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, '&'),
  )

describe('rendered output: plain text never becomes markup', () => {
  beforeAll(async () => {
    // Feeds link items to the clinic's site, so the clinic needs a domain.
    await suite.booted.payload.update({
      collection: 'clinics',
      data: { domains: ['harbor-light.example'] },
      id: suite.network.clinicA.id,
      overrideAccess: true,
    })
    await publishPostOfA({ excerpt: `Excerpt ${script}`, title: `Title ${script}` })
  })

  it.each([
    ['/feed.atom', 'title'],
    ['/feed.atom', 'summary'],
    ['/feed.xml', 'title'],
    ['/feed.xml', 'description'],
  ])('%s puts the title and excerpt in <%s> as escaped HTML', async (feedPath, element) => {
    // Action
    const response = await deliver(suite.booted.baseUrl, `${feedPath}?key=${keyA}`)
    const xml = await response.text()
    // Assert: what an HTML-typed element holds, once read as XML, has no tag in it.
    expect(response.status).toBe(200)
    const texts = textsOf(xml, element).filter((text) => text.includes('alert(1)'))
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts) {
      expect(text).not.toMatch(/<img|<script/i)
      expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;')
    }
  })

  it('GET /v1/posts/:slug gives JSON-LD that cannot close its <script> element', async () => {
    // Setup
    const { docs } = await suite.booted.payload.find({
      collection: 'posts',
      overrideAccess: true,
      where: { title: { equals: `Title ${script}` } },
    })
    // Action
    const response = await deliver(suite.booted.baseUrl, `/posts/${docs[0].slug}`, keyA)
    const article = (await response.json()) as { jsonLd: string }
    // Assert: a string to embed verbatim, without any "<", that reads back as the same article.
    expect(response.status).toBe(200)
    expect(typeof article.jsonLd).toBe('string')
    expect(article.jsonLd).not.toMatch(/[<>]/)
    expect(JSON.parse(article.jsonLd)).toMatchObject({
      '@graph': expect.arrayContaining([
        expect.objectContaining({ '@type': 'BlogPosting', headline: `Title ${script}` }),
      ]),
    })
  })
})

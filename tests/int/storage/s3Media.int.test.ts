// Media in an S3-compatible bucket (S3_BUCKET set): uploads land in the bucket, never on local disk, and both file
// routes stream them from there under the same rules and headers as from disk. A real S3 server (s3rver) runs on a
// free port for this file; the last test stops it.
import crypto from 'node:crypto'
import fs from 'node:fs'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import type { TestUser } from '../../helpers/network'
import type { TestBucket } from '../../helpers/testBucket'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { deliver } from '../../helpers/clinicKey'
import { withBlocks } from '../../helpers/lexicalBodies'
import { publishPostOfA } from '../../helpers/publishing'
import { startTestBucket } from '../../helpers/testBucket'

let bucket: TestBucket
// Registered before bootNetwork's hooks: the bucket is up and S3_* set before Payload reads its config, and stopped
// after Payload is shut down.
beforeAll(async () => {
  bucket = await startTestBucket()
  Object.assign(process.env, bucket.env)
})
afterAll(async () => {
  await bucket?.stop()
  for (const name of Object.keys(bucket?.env ?? {})) delete process.env[name]
})
const suite = bootNetwork()

const png = (color: string, size = 400) =>
  sharp({ create: { background: color, channels: 3, height: size, width: size } })
    .png()
    .toBuffer()

/** Large enough for all four sizes (hero and social are never enlarged). */
const photo = () =>
  sharp({ create: { background: '#0f766e', channels: 3, height: 1200, width: 2000 } })
    .jpeg()
    .toBuffer()

const sha = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex')

/** POST /api/media as clinic A's (or B's) marketer, multipart, the way the admin uploads. */
const upload = async ({
  as = 'A',
  data,
  name,
  type = 'image/png',
}: {
  as?: 'A' | 'B'
  data: Buffer
  name: string
  type?: string
}) => {
  const { clinicA, clinicB, users } = suite.network
  const [user, clinic]: [TestUser, string] = as === 'A' ? [users.marketerA, clinicA.id] : [users.marketerB, clinicB.id]
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: 'A calm treatment room', clinic }))
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  const token = await login({ baseUrl: suite.booted.baseUrl, user })
  const response = await fetch(`${suite.booted.baseUrl}/api/media`, {
    body: form,
    headers: { Authorization: `JWT ${token}` },
    method: 'POST',
  })
  const body = (await response.json().catch(() => ({}))) as { doc?: Media }
  return { doc: body.doc as Media, status: response.status }
}

const filesOf = (doc: Media) =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter(Boolean) as string[]

const showOnLivePost = (mediaId: string) =>
  publishPostOfA({ fields: { heroImage: mediaId }, network: suite.network, payload: suite.booted.payload })

/** Quicker than a post through review, for tests about storage rather than the rule: an author's photo is shown. */
const showAsAuthorPhoto = (mediaId: string) =>
  suite.booted.payload.update({
    collection: 'authors',
    data: { photo: mediaId },
    id: suite.network.a.author.id,
    overrideAccess: true,
  })

const expectImageHeaders = (response: Response) => {
  expect(response.headers.get('content-type')).toBe('image/png')
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox")
}

describe('media in an S3 bucket', () => {
  it('stores an upload and its four sizes in the bucket, and nothing on local disk', async () => {
    // Setup
    const data = await photo()
    // Action
    const { doc, status } = await upload({ data, name: 'Room.png' })
    // Assert
    expect(status).toBe(201)
    expect(filesOf(doc)).toHaveLength(5)
    expect(await bucket.keys()).toEqual(expect.arrayContaining(filesOf(doc)))
    expect(sha(await bucket.object(doc.filename as string))).toBe(sha(data))
    expect(fs.readdirSync(process.env.MEDIA_DIR as string)).toEqual([])
  })

  it('serves a live post’s image and its resized files from the bucket on /v1, with the image headers', async () => {
    // Setup
    const { doc } = await upload({ data: await png('#654321'), name: 'hero.png' })
    await showOnLivePost(doc.id)
    // Action
    const original = await deliver(suite.booted.baseUrl, `/media/${doc.filename}`)
    const thumbnail = await deliver(suite.booted.baseUrl, `/media/${doc.sizes?.thumbnail?.filename}`)
    // Assert
    for (const [response, key] of [
      [original, doc.filename],
      [thumbnail, doc.sizes?.thumbnail?.filename],
    ] as const) {
      expect(response.status).toBe(200)
      expectImageHeaders(response)
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400')
      expect(sha(new Uint8Array(await response.arrayBuffer()))).toBe(sha(await bucket.object(key as string)))
    }
    const etag = original.headers.get('etag') as string
    const revalidated = await deliver(suite.booted.baseUrl, `/media/${doc.filename}`, undefined, {
      'If-None-Match': etag,
    })
    expect(revalidated.status).toBe(304)
  })

  it('serves /api/media/file/… from the bucket to a signed-in user with the same headers, and not to anonymous', async () => {
    // Setup
    const { doc } = await upload({ data: await png('#123abc'), name: 'admin.png' })
    const token = await login({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    const url = `${suite.booted.baseUrl}/api/media/file/${doc.sizes?.thumbnail?.filename}`
    // Action
    const signedIn = await fetch(url, { headers: { Authorization: `JWT ${token}` } })
    const anonymous = await fetch(url)
    // Assert
    expect(signedIn.status).toBe(200)
    expectImageHeaders(signedIn)
    expect(sha(new Uint8Array(await signedIn.arrayBuffer()))).toBe(
      sha(await bucket.object(doc.sizes?.thumbnail?.filename as string)),
    )
    expect(anonymous.status).toBe(403)
  })

  it.each([
    [
      'an SVG',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
      'image/svg+xml',
      'logo.svg',
    ],
    [
      'HTML disguised as a PNG',
      '<!doctype html><html><body><script>alert(1)</script></body></html>',
      'image/png',
      'photo.png',
    ],
  ])('refuses %s and puts nothing in the bucket', async (_label, content, type, name) => {
    // Setup
    const before = await bucket.keys()
    // Action
    const { status } = await upload({ data: Buffer.from(content), name, type })
    // Assert
    expect(status).toBe(400)
    expect(await bucket.keys()).toEqual(before)
  })

  it('answers 404 on /v1 for an image only a draft shows, though its files are in the bucket', async () => {
    // Setup
    const { doc } = await upload({ as: 'B', data: await png('#abcdef', 32), name: 'private.png' })
    await suite.booted.payload.create({
      collection: 'posts',
      data: {
        body: withBlocks('Draft.'),
        clinic: suite.network.clinicB.id,
        heroImage: doc.id,
        slug: `draft-${doc.id}`,
        title: 'Draft with an image',
      },
      draft: true,
      overrideAccess: true,
    })
    expect(await bucket.keys()).toEqual(expect.arrayContaining(filesOf(doc)))
    // Action
    const responses = await Promise.all(filesOf(doc).map((file) => deliver(suite.booted.baseUrl, `/media/${file}`)))
    // Assert
    for (const response of responses) {
      expect(response.status).toBe(404)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
    }
  })

  it('clinic B uploading victim.PNG leaves clinic A’s victim.png and its resized objects untouched', async () => {
    // Setup
    const a = await upload({ data: await png('#aa0000'), name: 'victim.png' })
    const before = await Promise.all(filesOf(a.doc).map(async (key) => sha(await bucket.object(key))))
    // Action
    const b = await upload({ as: 'B', data: await png('#0000aa'), name: 'victim.PNG' })
    // Assert: B's objects have keys of their own, even ignoring case, and A's bytes are unchanged.
    expect(b.status).toBe(201)
    const keysOfA = new Set(filesOf(a.doc).map((key) => key.toLowerCase()))
    expect(filesOf(b.doc).filter((key) => keysOfA.has(key.toLowerCase()))).toEqual([])
    expect(await bucket.keys()).toEqual(expect.arrayContaining(filesOf(b.doc)))
    expect(await Promise.all(filesOf(a.doc).map(async (key) => sha(await bucket.object(key))))).toEqual(before)
  })

  it('answers a clear 404 problem when a shown image’s object is missing from the bucket', async () => {
    // Setup
    const { doc } = await upload({ data: await png('#00ff00', 32), name: 'gone.png' })
    await showAsAuthorPhoto(doc.id)
    await bucket.remove(doc.filename as string)
    // Action
    const response = await deliver(suite.booted.baseUrl, `/media/${doc.filename}`)
    // Assert
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(((await response.json()) as { detail: string }).detail).toContain('missing from storage')
  })

  it('answers 503 with a reason, not 500, when the bucket cannot be reached', async () => {
    // Setup: a shown image, then the S3 server goes away.
    const { doc } = await upload({ data: await png('#ff00ff'), name: 'down.png' })
    await showAsAuthorPhoto(doc.id)
    await bucket.stop()
    // Action
    const response = await deliver(suite.booted.baseUrl, `/media/${doc.sizes?.thumbnail?.filename}`)
    // Assert
    expect(response.status).toBe(503)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(response.headers.get('retry-after')).toBe('10')
    expect(((await response.json()) as { detail: string }).detail).toContain('image store is not reachable')
  })

  it('refuses an upload while the bucket cannot be reached with a 503, and keeps no document of it', async () => {
    // Setup: the S3 server was stopped by the test before.
    const count = async () =>
      (await suite.booted.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const before = await count()
    // Action
    const { status } = await upload({ data: await png('#ffff00', 32), name: 'while-down.png' })
    // Assert: no media document points at an object that was never stored.
    expect(status).toBe(503)
    expect(await count()).toBe(before)
  })
})

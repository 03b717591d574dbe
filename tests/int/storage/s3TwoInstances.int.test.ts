// Scaling out: two instances on one database and one bucket. An image uploaded through one (this file's Payload and
// HTTP server) is served by the other, a delivery-only production process that never saw the upload and that applied
// the committed migrations at start: media in S3 need no schema of their own.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import type { Booted } from '../../helpers/boot'
import type { TestDatabase } from '../../helpers/database'
import type { Network } from '../../helpers/network'
import type { ServerProcess } from '../../helpers/serverProcess'
import type { TestBucket } from '../../helpers/testBucket'

import { restActor } from '../../helpers/actors'
import { boot } from '../../helpers/boot'
import { deliver } from '../../helpers/clinicKey'
import { createTestDatabase } from '../../helpers/database'
import { createNetwork } from '../../helpers/network'
import { startServerProcess } from '../../helpers/serverProcess'
import { startTestBucket } from '../../helpers/testBucket'

let bucket: TestBucket
let database: TestDatabase
let other: ServerProcess
let otherMediaDir: string
let booted: Booted
let network: Network

beforeAll(async () => {
  bucket = await startTestBucket()
  Object.assign(process.env, bucket.env)
  database = await createTestDatabase()
  otherMediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-other-media-'))
  // The production process first: it creates the schema from the migrations, which this file's instance then finds.
  other = await startServerProcess({ env: { ...bucket.env, DATABASE_URI: database.uri, MEDIA_DIR: otherMediaDir } })
  // This instance works on that schema as it is: like Payload's migrate command, it must not push its own over it, so
  // a field that only S3 adds (and no migration has) would fail its queries here.
  process.env.PAYLOAD_MIGRATING = 'true'
  booted = await boot({ database }).finally(() => delete process.env.PAYLOAD_MIGRATING)
  network = await createNetwork(booted.payload)
})

afterAll(async () => {
  await booted?.shutdown()
  await other?.stop()
  await database?.drop()
  await bucket?.stop()
  fs.rmSync(otherMediaDir, { force: true, recursive: true })
  for (const name of Object.keys(bucket?.env ?? {})) delete process.env[name]
})

const sha = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex')

describe('two instances sharing a database and a bucket', () => {
  it('an image uploaded through one instance is served by the other, with the image headers', async () => {
    // Setup: uploaded through this instance's REST API, and shown (as an author's photo: quicker than a post through
    // review, and the same rule).
    const data = await sharp({ create: { background: '#2255aa', channels: 3, height: 400, width: 400 } })
      .png()
      .toBuffer()
    const rest = await restActor({ baseUrl: booted.baseUrl, user: network.users.marketerA })
    const created = await rest.create(
      'media',
      { alt: 'A calm treatment room', clinic: network.clinicA.id },
      { data, mimetype: 'image/png', name: 'shared.png', size: data.length },
    )
    const doc = (created.data as { doc: Media }).doc
    await booted.payload.update({
      collection: 'authors',
      data: { photo: doc.id },
      id: network.a.author.id,
      overrideAccess: true,
    })
    // Action: both files asked of the other instance.
    const original = await deliver(other.baseUrl, `/media/${doc.filename}`)
    const thumbnail = await deliver(other.baseUrl, `/media/${doc.sizes?.thumbnail?.filename}`)
    // Assert
    expect(original.status, other.output()).toBe(200)
    expect(sha(new Uint8Array(await original.arrayBuffer()))).toBe(sha(data))
    expect(thumbnail.status).toBe(200)
    expect(sha(new Uint8Array(await thumbnail.arrayBuffer()))).toBe(
      sha(await bucket.object(doc.sizes?.thumbnail?.filename as string)),
    )
    for (const response of [original, thumbnail]) {
      expect(response.headers.get('content-type')).toBe('image/png')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('content-security-policy')).toContain('sandbox')
    }
    expect(fs.readdirSync(otherMediaDir)).toEqual([])
  })
})

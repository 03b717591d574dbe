// Uploads: raster images only, bounded in pixels, always with alt text, resized by sharp.
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { restFieldErrors } from '../../helpers/validation'

const suite = bootNetwork()

const mediaCount = async () =>
  (await suite.booted.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
const upload = async (file: { data: Buffer; mimetype: string; name: string }, data: Record<string, unknown> = {}) => {
  const rest = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
  return rest.create(
    'media',
    { alt: 'A calm treatment room', clinic: suite.network.clinicA.id, ...data },
    { ...file, size: file.data.length },
  )
}

describe('media uploads', () => {
  it('resizes an image into thumbnail, card, hero and 1200×630 social sizes', async () => {
    const data = await sharp({ create: { background: '#0f766e', channels: 3, height: 1200, width: 2000 } })
      .jpeg()
      .toBuffer()
    const result = await upload({ data, mimetype: 'image/jpeg', name: 'room.jpg' })
    expect(result.isAllowed).toBe(true)
    const doc = (result.data as { doc: { sizes: Record<string, { height: number; width: number }> } }).doc
    expect(doc.sizes.thumbnail).toMatchObject({ height: 320, width: 320 })
    expect(doc.sizes.card).toMatchObject({ height: 512, width: 768 })
    expect(doc.sizes.hero).toMatchObject({ height: 1152, width: 1920 })
    expect(doc.sizes.social).toMatchObject({ height: 630, width: 1200 })
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
    ['a PDF', '%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF', 'application/pdf', 'leaflet.pdf'],
  ])('refuses %s and stores nothing', async (_label, content, mimetype, name) => {
    const before = await mediaCount()
    const result = await upload({ data: Buffer.from(content), mimetype, name })
    expect(result.status).toBe(400)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses an image of more than 40 megapixels, saying how large it is', async () => {
    const data = await sharp({ create: { background: '#ffffff', channels: 3, height: 6000, width: 8000 } })
      .png({ compressionLevel: 9 })
      .toBuffer()
    const before = await mediaCount()
    const result = await upload({ data, mimetype: 'image/png', name: 'huge.png' })
    expect(result.status).toBe(400)
    expect(restFieldErrors(result.data)).toEqual([{ message: expect.stringContaining('8000×6000'), path: 'file' }])
    expect(await mediaCount()).toBe(before)
  })

  it('refuses an image without alternative text', async () => {
    const data = await sharp({ create: { background: '#123456', channels: 3, height: 10, width: 10 } })
      .png()
      .toBuffer()
    const result = await upload({ data, mimetype: 'image/png', name: 'no-alt.png' }, { alt: '' })
    expect(result.status).toBe(400)
    expect(restFieldErrors(result.data).map((error) => error.path)).toEqual(['alt'])
  })
})

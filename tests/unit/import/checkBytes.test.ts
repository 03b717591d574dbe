// The first gate: empty, oversized, binary and non-UTF-8 files are refused with a reason a marketer understands.
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { checkBytes } from '@/import/read/checkBytes'
import { formatOf } from '@/import/read/formatOf'

const bytesOf = (text: string) => new TextEncoder().encode(text)

describe('checkBytes', () => {
  it('passes UTF-8 text, with or without a byte-order mark', async () => {
    expect(await checkBytes({ bytes: bytesOf('Ketamine – café'), maxBytes: 100 })).toEqual({
      isOk: true,
      text: 'Ketamine – café',
    })
    expect(
      await checkBytes({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('Hi')]), maxBytes: 100 }),
    ).toMatchObject({ isOk: true })
  })

  it.each([
    ['an empty file', new Uint8Array(), 'the file is empty'],
    ['white space only', bytesOf(' \n\t\n'), 'the file is empty (only white space)'],
    ['NUL bytes', new Uint8Array([72, 105, 0, 33]), 'it is a binary file (it contains NUL bytes), not an article'],
    [
      'Windows-1252 text',
      new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
      'it is not UTF-8 text (save or export it as UTF-8 and import it again)',
    ],
    [
      'a PDF',
      bytesOf('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'),
      'it is a binary file (PDF, application/pdf), not an article',
    ],
  ])('refuses %s', async (_, bytes, reason) => {
    expect(await checkBytes({ bytes, maxBytes: 1000 })).toEqual({ isOk: false, reason })
  })

  it('refuses an image by its type', async () => {
    const png = await sharp({ create: { background: '#000', channels: 3, height: 2, width: 2 } })
      .png()
      .toBuffer()
    expect(await checkBytes({ bytes: new Uint8Array(png), maxBytes: 100_000 })).toEqual({
      isOk: false,
      reason: 'it is a binary file (PNG, image/png), not an article',
    })
  })

  it('refuses a file over the limit from its size alone', async () => {
    expect(await checkBytes({ bytes: bytesOf('abc'), maxBytes: 2 * 1024 * 1024, size: 3 * 1024 * 1024 })).toEqual({
      isOk: false,
      reason: 'the file is 3.0 MB, over the 2.0 MB limit (raise it with --max-size)',
    })
  })
})

describe('formatOf', () => {
  it.each([
    ['post.txt', 'Title\n\nText', 'text'],
    ['post.md', '# Title', 'markdown'],
    ['post.html', '<p>x</p>', 'html'],
    ['saved-page', '<!DOCTYPE html><html>', 'html'],
    ['export.xml', '<?xml version="1.0"?><rss>', 'wxr'],
    ['export', '<?xml version="1.0"?>\n<rss version="2.0">', 'wxr'],
  ])('%s is read as %s', (name, text, format) => {
    expect(formatOf({ name, text })).toBe(format)
  })
})

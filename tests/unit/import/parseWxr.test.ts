// WordPress exports: posts are read with their author's display name, categories and status; everything else in
// the export is left out; a file that is not a well-formed export is refused with the reason.
import { describe, expect, it } from 'vitest'

import { parseWxr } from '@/import/read/parseWxr'
import { readSource } from '@/import/read/readSource'
import { wpautop } from '@/import/read/wpautop'

import { wxrItem as item, wxrOf } from '../../helpers/wxr'

describe('parseWxr', () => {
  it('reads the posts, not the pages or attachments, with author display names and categories', () => {
    const result = parseWxr(
      wxrOf(
        [
          item({ content: 'Hello', title: 'First Post' }),
          item({ content: 'About us', title: 'About', type: 'page' }),
        ].join(''),
      ),
    )
    expect(result).toEqual({
      isOk: true,
      otherItems: 1,
      posts: [
        {
          author: 'Rachel Moss',
          categories: ['Depression'],
          guid: 'https://clinic.example/?p=10',
          html: 'Hello',
          link: 'https://clinic.example/first-post/',
          slug: 'first-post',
          status: 'publish',
          title: 'First Post',
        },
      ],
    })
  })

  it('refuses malformed XML with its line, a DOCTYPE, and XML that is not an export', () => {
    expect(parseWxr('<?xml version="1.0"?>\n<rss><channel><item></channel></rss>')).toEqual({
      error: expect.stringMatching(/not well-formed XML \(line 2/),
      isOk: false,
    })
    expect(parseWxr('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><rss/>')).toEqual({
      error: expect.stringContaining('DOCTYPE'),
      isOk: false,
    })
    expect(parseWxr('<?xml version="1.0"?><feed><entry/></feed>')).toEqual({
      error: expect.stringContaining('not a WordPress export'),
      isOk: false,
    })
  })
})

describe('wpautop', () => {
  it('makes paragraphs of blank-line-separated text and line breaks of single newlines, leaving block markup alone', () => {
    expect(wpautop('First line\nsecond line\n\n<h2>Heading</h2>\n\nLast')).toBe(
      '<p>First line<br>\nsecond line</p>\n<h2>Heading</h2>\n<p>Last</p>',
    )
  })
})

describe('readSource on a WordPress export', () => {
  it('gives each post its guid as source, imports drafts and published posts, and skips trashed ones', async () => {
    const xml = wxrOf(
      [
        item({ content: 'Ketamine is an anesthetic.\n\nIt is given by infusion.', title: 'Ketamine Basics' }),
        item({ content: 'Old text.', status: 'trash', title: 'Trashed Thoughts' }),
        item({ content: 'Draft text.', status: 'draft', title: 'Draft Ideas' }),
      ].join(''),
    )
    const read = await readSource({
      bytes: new TextEncoder().encode(xml),
      file: '/exports/blog.xml',
      maxBytes: 1_000_000,
    })
    if (!read.isOk) throw new Error(read.reason)
    expect(read.articles.map(({ label, sourceKey }) => ({ label, sourceKey }))).toEqual([
      { label: 'blog.xml › Ketamine Basics', sourceKey: 'wxr:https://clinic.example/?p=15' },
      { label: 'blog.xml › Draft Ideas', sourceKey: 'wxr:https://clinic.example/?p=11' },
    ])
    expect(read.articles[0].parsed.blocks).toHaveLength(2)
    expect(read.articles[0].notes).toEqual(['Published on WordPress; imported as a draft for review.'])
    expect(read.skipped).toEqual([{ label: 'blog.xml › Trashed Thoughts', reason: 'in WordPress’s trash' }])
  })

  it('refuses an export with no posts', async () => {
    const read = await readSource({
      bytes: new TextEncoder().encode(wxrOf(item({ content: 'x', title: 'About', type: 'page' }))),
      file: 'pages.xml',
      maxBytes: 1_000_000,
    })
    expect(read).toEqual({ isOk: false, reason: expect.stringContaining('no posts') })
  })
})

import { describe, expect, it } from 'vitest'

import { serializeArticle } from '@/delivery/serializers/serializeArticle'

// Stored as renderDeliveryDocuments writes it: the article's JSON text, with an empty related slot among its keys.
// The title comes first, so a slot looked for in the text finds the title's copy first if it can.
const storedArticle = (title: string) =>
  JSON.stringify({
    title,
    excerpt: 'What to expect in the first weeks.',
    references: [{ id: 'ref-1', number: 1, text: 'Smith J. Sleep and recovery. JAMA. 2021;325(4):1-9.' }],
    related: [],
    slug: 'sleep-after-surgery',
    topics: [{ name: 'Sleep', slug: 'sleep', url: 'https://clinic.example/topics/sleep' }],
  })

const summary = (slug: string, title: string) =>
  JSON.stringify({ slug, title, url: `https://clinic.example/blog/${slug}` })

describe('serializeArticle', () => {
  it('fills the related slot with the summaries, in their order, and leaves the rest of the article as stored', () => {
    const related = [summary('naps', 'Naps that help'), summary('pain', 'Pain at night')]
    const body = JSON.parse(serializeArticle(storedArticle('Sleep after surgery'), related))
    expect(body.related).toEqual([
      { slug: 'naps', title: 'Naps that help', url: 'https://clinic.example/blog/naps' },
      { slug: 'pain', title: 'Pain at night', url: 'https://clinic.example/blog/pain' },
    ])
    expect({ ...body, related: [] }).toEqual(JSON.parse(storedArticle('Sleep after surgery')))
  })

  it('answers the stored article itself when nothing is related', () => {
    const stored = storedArticle('Sleep after surgery')
    expect(serializeArticle(stored, [])).toBe(stored)
  })

  it('does not touch a title that holds the text "related":[]: a string cannot hold it unescaped', () => {
    const title = 'Why "related":[] is empty'
    const body = JSON.parse(serializeArticle(storedArticle(title), [summary('naps', 'Naps that help')]))
    expect(body.title).toBe(title)
    expect(body.related).toHaveLength(1)
  })

  it("keeps a related title with dollar signs as it is ($$, $& and $' mean nothing in it)", () => {
    const title = "Save $$ on care: $& and $' explained"
    const body = JSON.parse(serializeArticle(storedArticle('Sleep after surgery'), [summary('costs', title)]))
    expect(body.related[0].title).toBe(title)
  })
})

import { describe, expect, it } from 'vitest'

import type { Post } from '@/payload-types'

import { publicOrigin } from '@/delivery/publicOrigin'
import { formatAmaReference } from '@/delivery/render/formatAmaReference'
import { renderPostBody } from '@/delivery/render/renderPostBody'
import { sanitizeRenderedHtml } from '@/delivery/render/sanitizeRenderedHtml'

import { bodyFromMarkdown, claimId, referenceId, seedLibrary, seedPostBody, seedReference } from './seedLibrary'

const berman = referenceId('10.1016/S0006-3223(99)00230-9')
const krystal = referenceId('10.1016/j.neuron.2019.02.005')
const li = referenceId('10.1126/science.1190287')
const autry = referenceId('10.1038/nature10130')
const anand = referenceId('10.1056/NEJMoa2302399')
const wilkinson = referenceId('10.1176/appi.ajp.2017.17040472')

const marker = (number: number, occurrence: number) =>
  `<a href="#ref-${number}" id="cite-${number}-${occurrence}">${number}</a>`
const markerIds = (html: string) => [...html.matchAll(/id="(cite-\d+-\d+)"/g)].map((match) => match[1])

describe('renderPostBody', () => {
  it('numbers works by first appearance and keeps a re-cited work’s number, through claims too', async () => {
    // Arrange: the seed's "How ketamine might work" opens with a claim resting on Krystal, cites Krystal, Berman, a
    // claim resting on Berman, Krystal three times, two animal studies, each of them again, a claim resting on both,
    // the two again, and Krystal once more.
    const body = await seedPostBody('how-ketamine-might-work')

    // Act
    const { html, references } = renderPostBody({ body, library: seedLibrary() })

    // Assert
    expect(references.map(({ id, number }) => [number, id])).toEqual([
      [1, krystal],
      [2, berman],
      [3, li],
      [4, autry],
    ])
    expect(references.map((reference) => reference.backlinks)).toEqual([
      ['cite-1-1', 'cite-1-2', 'cite-1-3', 'cite-1-4', 'cite-1-5', 'cite-1-6', 'cite-1-7'],
      ['cite-2-1', 'cite-2-2'],
      ['cite-3-1', 'cite-3-2', 'cite-3-3', 'cite-3-4'],
      ['cite-4-1', 'cite-4-2', 'cite-4-3', 'cite-4-4'],
    ])
    expect(markerIds(html)).toEqual([
      'cite-1-1',
      'cite-1-2',
      'cite-2-1',
      'cite-2-2',
      'cite-1-3',
      'cite-1-4',
      'cite-1-5',
      'cite-1-6',
      'cite-3-1',
      'cite-4-1',
      'cite-3-2',
      'cite-4-2',
      'cite-3-3',
      'cite-4-3',
      'cite-3-4',
      'cite-4-4',
      'cite-1-7',
    ])
    expect(html).toContain(`a small study at the turn of the century <sup class="citation">${marker(2, 1)}</sup>.`)
  })

  it('shows an approved claim’s wording with markers for its supporting works, tagged with the claim id', async () => {
    // Arrange
    const body = await seedPostBody('how-ketamine-might-work')
    const library = seedLibrary()

    // Act
    const { html } = renderPostBody({ body, library })

    // Assert
    const synapse = library.claims.get(claimId('synapse-animal-studies'))
    expect(html).toContain(
      `<p><span class="claim" data-claim="${claimId('synapse-animal-studies')}">${synapse?.statement}<sup class="citation">${marker(3, 3)},${marker(4, 3)}</sup></span></p>`,
    )
  })

  it('separates markers that sit side by side, so "3" and "4" never read as "34"', async () => {
    // Arrange
    const body = await bodyFromMarkdown(
      'Two trials agree.{{cite:10.1056/NEJMoa2302399}}{{cite:10.1176/appi.ajp.2017.17040472}} A claim follows. {{claim:ect-noninferiority}}{{cite:10.1016/j.neuron.2019.02.005}}',
    )

    // Act
    const { html } = renderPostBody({ body, library: seedLibrary() })

    // Assert
    expect(html).toContain(
      `Two trials agree.<sup class="citation">${marker(1, 1)}</sup><sup class="citation">,${marker(2, 1)}</sup> A claim follows.`,
    )
    expect(html).toContain(
      `<sup class="citation">${marker(1, 2)}</sup></span><sup class="citation">,${marker(3, 1)}</sup>`,
    )
  })

  it('lists each numbered work once with its AMA text and HTML, in number order', async () => {
    // Arrange
    const body = await seedPostBody('ketamine-and-suicidal-thoughts')

    // Act
    const { references } = renderPostBody({ body, library: seedLibrary() })

    // Assert: Krystal comes first, through the claim about how antidepressants act; Wilkinson is cited six times
    // (five directly, once through the claim) and listed once.
    const expected = formatAmaReference(seedReference('10.1176/appi.ajp.2017.17040472'))
    expect(references.map(({ id, number }) => [number, id])).toEqual([
      [1, krystal],
      [2, wilkinson],
    ])
    expect(references[1]).toEqual({
      anchor: 'ref-2',
      backlinks: ['cite-2-1', 'cite-2-2', 'cite-2-3', 'cite-2-4', 'cite-2-5', 'cite-2-6'],
      html: expected.html,
      id: wilkinson,
      kind: 'meta-analysis',
      links: {
        doi: 'https://doi.org/10.1176/appi.ajp.2017.17040472',
        pubmed: 'https://pubmed.ncbi.nlm.nih.gov/28969441/',
      },
      number: 2,
      text: expected.text,
    })
  })

  it('drops retracted works from the markers and the list, and numbers the rest without a gap', async () => {
    // Arrange
    const body = await seedPostBody('how-ketamine-might-work')
    const library = seedLibrary({ references: { [krystal]: { vettingStatus: 'retracted' } } })

    // Act
    const { html, references } = renderPostBody({ body, library })

    // Assert
    expect(references.map(({ id, number }) => [number, id])).toEqual([
      [1, berman],
      [2, li],
      [3, autry],
    ])
    expect(html).not.toContain('#ref-4')
    expect(markerIds(html)).toEqual([
      'cite-1-1',
      'cite-1-2',
      'cite-2-1',
      'cite-3-1',
      'cite-2-2',
      'cite-3-2',
      'cite-2-3',
      'cite-3-3',
      'cite-2-4',
      'cite-3-4',
    ])
  })

  it.each([
    ['unvetted', { vettingStatus: 'unvetted' as const }],
    ['rejected', { vettingStatus: 'rejected' as const }],
    ['retracted', { vettingStatus: 'retracted' as const }],
    ['in the trash', { deletedAt: '2026-01-01T00:00:00.000Z' }],
  ])('never numbers or lists a work that is %s, cited directly or through a claim', async (_, override) => {
    // Arrange: Anand 2023 is cited directly and supports the ECT claim.
    const body = await seedPostBody('ketamine-or-ect')
    const library = seedLibrary({ references: { [anand]: override } })

    // Act
    const { html, references } = renderPostBody({ body, library })

    // Assert
    expect(references).toEqual([])
    expect(html).not.toContain('class="citation"')
    expect(html).not.toContain('Ketamine versus ECT for nonpsychotic')
    expect(html).toContain(`data-claim="${claimId('ect-noninferiority')}"`)
  })

  it.each([['pending'], ['rejected'], ['retired'], ['needs_rereview'], ['draft']] as const)(
    'leaves out a claim that is %s, wording and markers both',
    async (status) => {
      // Arrange
      const body = await bodyFromMarkdown('What the trial found. {{claim:ect-noninferiority}}')
      const library = seedLibrary({ claims: { [claimId('ect-noninferiority')]: { status } } })

      // Act
      const { html, references } = renderPostBody({ body, library })

      // Assert
      expect(html).toBe('<p>What the trial found. </p>')
      expect(references).toEqual([])
    },
  )

  it('leaves out the seed’s pending and rejected claims but keeps approved ones around them', async () => {
    // Arrange: the in-review "ketamine vs esketamine" uses the pending ECT response-rate claim.
    const body = await bodyFromMarkdown(
      '{{claim:ect-noninferiority}}\n\n{{claim:ect-response-rates}}\n\nOne more. {{claim:fda-ketamine-2019}}',
    )

    // Act
    const { html } = renderPostBody({ body, library: seedLibrary() })

    // Assert
    expect(html).toContain(`data-claim="${claimId('ect-noninferiority')}"`)
    expect(html).not.toContain('55.4%')
    expect(html).not.toContain('approved ketamine for the treatment of depression in 2019')
    expect(html).not.toContain('ect-response-rates')
  })

  it('shows nothing for citations and claims the library does not hold', async () => {
    // Arrange
    const body = await bodyFromMarkdown('Missing pieces. {{cite:10.9999/not-in-library}}{{claim:no-such-claim}} End.')

    // Act
    const { html, references } = renderPostBody({ body, library: seedLibrary() })

    // Assert
    expect(html).toBe('<p>Missing pieces.  End.</p>')
    expect(references).toEqual([])
  })

  it('renders headings, lists, quotes, links and inline formatting as ordinary HTML', async () => {
    // Arrange
    const body = await bodyFromMarkdown(
      '## Before the day\n\nA **bold** and *italic* start, with [the lifeline](https://988lifeline.org/) and [email](mailto:care@clinic.example).\n\n- First\n- Second\n\n1. One\n2. Two\n\n> Quoted words.',
    )

    // Act
    const { html } = renderPostBody({ body, library: seedLibrary() })

    // Assert
    expect(html).toContain('<h2 id="section-before-the-day">Before the day</h2>')
    expect(html).toContain(
      'A <strong>bold</strong> and <em>italic</em> start, with <a href="https://988lifeline.org/" rel="noopener noreferrer">the lifeline</a> and <a href="mailto:care@clinic.example">email</a>.',
    )
    expect(html).toMatch(/<ul class="list-bullet"><li value="1">First<\/li><li value="2">Second<\/li><\/ul>/)
    expect(html).toMatch(/<ol class="list-number"><li value="1">One<\/li><li value="2">Two<\/li><\/ol>/)
    expect(html).toContain('<blockquote>Quoted words.</blockquote>')
  })

  it('gives each heading a unique section id and lists them as an outline, with the minutes to read', async () => {
    // Arrange
    const words = Array.from({ length: 460 }, (_, index) => `word${index}`).join(' ')
    const body = await bodyFromMarkdown(
      `## Side effects\n\n${words}\n\n### What to expect\n\nText.\n\n## Side effects\n\nMore.\n\n## ¿Qué?\n\nFin.`,
    )

    // Act
    const { html, outline, readingMinutes } = renderPostBody({ body, library: seedLibrary() })

    // Assert
    expect(outline).toEqual([
      { id: 'section-side-effects', level: 2, text: 'Side effects' },
      { id: 'section-what-to-expect', level: 3, text: 'What to expect' },
      { id: 'section-side-effects-2', level: 2, text: 'Side effects' },
      { id: 'section-que', level: 2, text: '¿Qué?' },
    ])
    expect(html).toContain('<h3 id="section-what-to-expect">What to expect</h3>')
    expect(html).toContain('<h2 id="section-side-effects-2">Side effects</h2>')
    // 460 words and a few headings: just over two minutes at 230 a minute.
    expect(readingMinutes).toBe(3)
  })

  it('lets no other id through on a heading', () => {
    expect(sanitizeRenderedHtml('<h2 id="main">A</h2><h3 id="section-ok">B</h3><h4 id="section-Bad">C</h4>')).toBe(
      '<h2>A</h2><h3 id="section-ok">B</h3><h4>C</h4>',
    )
  })

  it('writes a page or table locator after the citation number', async () => {
    // Arrange
    const body = await bodyFromMarkdown(
      'Noninferior. {{cite:10.1056/NEJMoa2302399}} Memory. {{cite:10.1056/NEJMoa2302399}}',
    )
    const blocks = (
      body?.root.children[0] as unknown as { children: { fields?: Record<string, unknown> }[] }
    ).children.filter((node) => node.fields)
    blocks[0].fields = { ...blocks[0].fields, locator: '2318' }
    blocks[1].fields = { ...blocks[1].fields, locator: 'Table 2' }

    // Act
    const { html } = renderPostBody({ body, library: seedLibrary() })

    // Assert
    expect(html).toBe(
      `<p>Noninferior. <sup class="citation">${marker(1, 1)}(p2318)</sup> Memory. <sup class="citation">${marker(1, 2)}(Table 2)</sup></p>`,
    )
  })

  it('renders an uploaded image at its public address, with its pixels and a srcset of the same-shape sizes only', () => {
    // Arrange: a 16:9 original, a 16:9 size, and two crops (3:2 and square) that must stay out of the srcset.
    const size = (filename: string, width: number, height: number) => ({
      filename,
      filesize: 9000,
      height,
      mimeType: 'image/jpeg',
      url: `/api/media/file/${filename}`,
      width,
    })
    const media = {
      alt: 'The recovery room',
      filename: 'room.jpg',
      height: 900,
      id: 'm1',
      mimeType: 'image/jpeg',
      sizes: {
        card: size('room-768x512.jpg', 768, 512),
        hero: size('room-960x540.jpg', 960, 540),
        thumbnail: size('room-320x320.jpg', 320, 320),
      },
      url: 'javascript:alert(1)',
      width: 1600,
    }
    const body = {
      root: {
        children: [{ fields: {}, relationTo: 'media', type: 'upload', value: media, version: 3 }],
        type: 'root',
        version: 1,
      },
    } as unknown as Post['body']

    // Act
    const { html } = renderPostBody({ body, library: seedLibrary() })

    // Assert: the address comes from the file's name, never from a stored URL.
    const served = `${publicOrigin()}/v1/media`
    expect(html).toBe(
      `<img alt="The recovery room" src="${served}/room.jpg" srcset="${served}/room-960x540.jpg 960w, ${served}/room.jpg 1600w" ` +
        'sizes="(max-width: 48rem) 100vw, 48rem" width="1600" height="900" loading="lazy" decoding="async" />',
    )
  })

  it('returns nothing for an empty body', () => {
    // Act
    const rendered = renderPostBody({ body: null, library: seedLibrary() })

    // Assert
    expect(rendered).toEqual({ html: '', outline: [], readingMinutes: 0, references: [] })
  })
})

describe('renderPostBody with content that bypassed the editor', () => {
  const textNode = (text: string) => ({
    detail: 0,
    format: 0,
    mode: 'normal',
    style: '',
    text,
    type: 'text',
    version: 1,
  })
  const linkNode = (url: string, type = 'link') => ({
    children: [textNode('read this')],
    direction: null,
    fields: { linkType: 'custom', newTab: false, url },
    format: '',
    indent: 0,
    type,
    version: 3,
  })
  const bodyOf = (...children: unknown[]) =>
    ({
      root: {
        children: [{ children, direction: null, format: '', indent: 0, type: 'paragraph', version: 1 }],
        direction: null,
        format: '',
        indent: 0,
        type: 'root',
        version: 1,
      },
    }) as unknown as Post['body']

  it.each([
    ['javascript:alert(document.cookie)'],
    ['JaVaScRiPt:alert(1)'],
    [' \t\njavascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['&#106;avascript:alert(1)'],
    ['javascript&colon;alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['DATA:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['//evil.example/phish'],
    ['/\\evil.example/phish'],
    ['file:///etc/passwd'],
  ])('keeps the words of a link to %j but never the link', (url) => {
    // Arrange
    const body = bodyOf(textNode('Before '), linkNode(url), linkNode(url, 'autolink'))

    // Act
    const { html } = renderPostBody({ body, library: seedLibrary() })

    // Assert
    expect(html).toBe('<p>Before read thisread this</p>')
  })

  it('escapes markup typed as text, in claim wording and in locators', () => {
    // Arrange
    const library = seedLibrary({
      claims: { [claimId('ect-noninferiority')]: { statement: 'Safe <img src=x onerror=alert(1)>' } },
    })
    const body = bodyOf(
      textNode('<script>alert(1)</script>'),
      {
        fields: { blockName: '', blockType: 'claim', claim: claimId('ect-noninferiority'), id: 'b1' },
        type: 'inlineBlock',
        version: 1,
      },
      {
        fields: {
          blockName: '',
          blockType: 'citation',
          id: 'b2',
          locator: '"><script>alert(2)</script>',
          reference: anand,
        },
        type: 'inlineBlock',
        version: 1,
      },
    )

    // Act
    const { html } = renderPostBody({ body, library })

    // Assert
    expect(html).not.toMatch(/<script|<img/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Safe &lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain(`${marker(1, 2)}("&gt;&lt;script&gt;alert(2)&lt;/script&gt;)</sup>`)
  })

  it('drops nodes it does not know, keeping their words', () => {
    // Arrange
    const body = bodyOf(
      textNode('A '),
      { children: [textNode('mystery')], type: 'html-embed', version: 1 },
      { fields: { blockType: 'iframe', url: 'https://x.example' }, type: 'inlineBlock', version: 1 },
    )

    // Act
    const { html } = renderPostBody({ body, library: seedLibrary() })

    // Assert
    expect(html).toBe('<p>A mystery</p>')
  })

  it('links internal links only through the address it is given, opening new tabs safely', () => {
    // Arrange
    const internal = {
      children: [textNode('our guide')],
      fields: {
        doc: { relationTo: 'posts', value: { id: 'p1', slug: 'first-infusion' } },
        linkType: 'internal',
        newTab: true,
      },
      type: 'link',
      version: 3,
    }
    const body = bodyOf(internal)

    // Act
    const unlinked = renderPostBody({ body, library: seedLibrary() })
    const linked = renderPostBody({
      body,
      internalHref: (doc) => `/posts/${(doc?.value as unknown as { slug: string }).slug}`,
      library: seedLibrary(),
    })
    const hostile = renderPostBody({ body, internalHref: () => 'javascript:alert(1)', library: seedLibrary() })

    // Assert
    expect(unlinked.html).toBe('<p>our guide</p>')
    expect(linked.html).toBe('<p><a href="/posts/first-infusion" target="_blank">our guide</a></p>')
    expect(hostile.html).toBe('<p>our guide</p>')
  })
})

// Saved web pages and Markdown: the article is found inside the theme, its structure and links kept, the theme's
// containers and images left out with a reason.
import { describe, expect, it } from 'vitest'

import { parseHtml } from '@/import/read/parseHtml'
import { parseMarkdown } from '@/import/read/parseMarkdown'
import { blockText } from '@/import/recognise/blockText'
import { structureArticle } from '@/import/recognise/structureArticle'

const page = `<!doctype html><html><head><title>Ketamine and You | Harbor Light Blog</title>
<link rel="canonical" href="https://harbor.example/blog/ketamine-and-you"></head>
<body><header><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav></header>
<main><article class="post has-sidebar"><h1>Ketamine and You</h1><p class="byline">By <a href="/authors/jane">Jane Doe</a>, MD</p>
<figure><img src="x.jpg" alt="a woman smiling"><figcaption>Photo: a woman smiling</figcaption></figure>
<p>Ketamine helps <strong>some patients</strong>, see <a href="/studies">our studies</a> and <a href="javascript:alert(1)">this</a>.</p>
<h2>How it works</h2><ul><li>One <em>thing</em></li><li><p>Two</p><ul><li>Two a</li></ul></li></ul>
<blockquote><p>Quoted</p><p>twice</p></blockquote>
<div class="sharedaddy"><h3>Share this:</h3><a href="https://facebook.com/share">Facebook</a></div>
<h2>References</h2><ol><li>Berman RM, Cappiello A. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000;47(4):351-354. <a href="https://doi.org/10.1016/S0006-3223(99)00230-9">doi</a></li>
<li><a href="https://www.nytimes.com/2019/03/05/health/ketamine.html">F.D.A. Approves Ketamine Drug - The New York Times</a></li></ol>
<div id="comments" class="comments-area"><h2>3 comments</h2><p>Great post!</p></div>
</article></main><aside class="widget-area">Popular posts</aside><footer>© 2024</footer><script>track()</script></body></html>`

describe('parseHtml', () => {
  const parsed = parseHtml({ html: page })

  it('reads the article element only, with its title, address and structure', () => {
    expect(parsed.title).toBe('Ketamine and You')
    expect(parsed.canonicalUrl).toBe('https://harbor.example/blog/ketamine-and-you')
    expect(parsed.blocks.map((block) => block.type)).toEqual([
      'heading',
      'paragraph',
      'paragraph',
      'heading',
      'list',
      'quote',
      'heading',
      'list',
    ])
    const text = parsed.blocks.map(blockText).join('\n')
    for (const outside of ['Home', 'Popular posts', '© 2024', 'track()']) expect(text).not.toContain(outside)
  })

  it('keeps formats and safe links, resolving relative ones against the page address and dropping javascript:', () => {
    expect(parsed.blocks[2]).toEqual({
      runs: [
        { text: 'Ketamine helps ' },
        { format: 1, text: 'some patients' },
        { text: ', see ' },
        { href: 'https://harbor.example/studies', text: 'our studies' },
        { text: ' and this.' },
      ],
      type: 'paragraph',
    })
  })

  it('flattens nested lists after their parent item and keeps a quote’s paragraphs apart', () => {
    expect(blockText(parsed.blocks[4])).toBe('One thing\nTwo\nTwo a')
    expect(parsed.blocks[5]).toEqual({ runs: [{ text: 'Quoted' }, { text: '\n' }, { text: 'twice' }], type: 'quote' })
  })

  it('leaves out share bars, comment threads, images and captions, saying why', () => {
    expect(parsed.dropped).toEqual([
      { reason: expect.stringContaining('image'), text: 'a woman smiling' },
      { reason: 'image caption or alt text', text: 'Photo: a woman smiling' },
      { reason: 'share prompt', text: 'Share this: Facebook' },
      { reason: 'comments section', text: '3 comments Great post!' },
    ])
  })

  it('structures into an author with credentials and a reference list of a study (DOI) and a news story (outlet)', () => {
    const structured = structureArticle(parsed)
    if (!structured.isOk) throw new Error(structured.reason)
    expect(structured.article.author).toEqual({ credentials: 'MD', name: 'Jane Doe' })
    const [entries] = structured.article.references.map((group) => group.entries)
    expect(entries.map(({ doi, journal, kind, title, year }) => ({ doi, journal, kind, title, year }))).toEqual([
      {
        doi: '10.1016/s0006-3223(99)00230-9',
        journal: 'Biol Psychiatry',
        kind: 'study',
        title: 'Antidepressant effects of ketamine in depressed patients',
        year: 2000,
      },
      {
        doi: undefined,
        journal: 'The New York Times',
        kind: 'news',
        title: 'F.D.A. Approves Ketamine Drug',
        year: undefined,
      },
    ])
  })

  it('takes the title from og:title or <title> (without the site name) when the page has no h1', () => {
    expect(parseHtml({ html: '<title>Safety of Ketamine – Mesa Verde</title><p>Text.</p>' }).title).toBe(
      'Safety of Ketamine',
    )
    expect(
      parseHtml({ html: '<meta property="og:title" content="Og Title"><title>Other</title><p>Text.</p>' }).title,
    ).toBe('Og Title')
  })
})

describe('parseMarkdown', () => {
  it('reads front matter, headings, lists, emphasis and links through the HTML reader', () => {
    const parsed = parseMarkdown(
      '---\ntitle: "Ketamine FAQ"\nauthor: Jane Doe\nurl: https://clinic.example/faq\ncategories: [Depression, Anxiety]\n---\n\n# Ketamine FAQ\n\nIt is **given** by [infusion](/infusions).\n\n## Steps\n\n1. Book\n2. Visit\n\n> Be well.\n',
    )
    expect(parsed).toMatchObject({
      author: 'Jane Doe',
      canonicalUrl: 'https://clinic.example/faq',
      categories: ['Depression', 'Anxiety'],
      title: 'Ketamine FAQ',
    })
    expect(parsed.blocks).toEqual([
      { level: 2, runs: [{ text: 'Ketamine FAQ' }], type: 'heading' },
      {
        runs: [
          { text: 'It is ' },
          { format: 1, text: 'given' },
          { text: ' by ' },
          { href: 'https://clinic.example/infusions', text: 'infusion' },
          { text: '.' },
        ],
        type: 'paragraph',
      },
      { level: 2, runs: [{ text: 'Steps' }], type: 'heading' },
      { items: [[{ text: 'Book' }], [{ text: 'Visit' }]], ordered: true, type: 'list' },
      { runs: [{ text: 'Be well.' }], type: 'quote' },
    ])
  })
})

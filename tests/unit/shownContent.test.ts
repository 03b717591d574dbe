// What a sign-off covers: every field a clinic site shows changes the content hash, nothing else does; one rule
// for a usable claim; one answer to "is this a library block", shared by where-used, the scanner and the renderer.
import { describe, expect, it } from 'vitest'

import type { Post } from '@/payload-types'
import type { UsableClaimFields } from '@/workflow/claimUsability'
import type { ShownLibrary } from '@/workflow/shownContent'

import { renderPostBody } from '@/delivery/render/renderPostBody'
import { scanLexical } from '@/workflow/claimScanner'
import { claimProblemOf } from '@/workflow/claimUsability'
import { contentHash } from '@/workflow/contentHash'
import { findLibraryUse } from '@/workflow/libraryUse'
import { scanShownContent } from '@/workflow/scanShownContent'
import { shownContent } from '@/workflow/shownContent'
import { signOffCoverage } from '@/workflow/signOffCoverage'

const paragraph = (...children: Record<string, unknown>[]) => ({
  root: {
    children: [{ children, direction: null, format: '', indent: 0, type: 'paragraph', version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})
const text = (value: string) => ({
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
})
const inline = (fields: Record<string, unknown>) => ({
  fields: { blockName: '', id: 'b1', ...fields },
  type: 'inlineBlock',
  version: 1,
})

const post = (overrides: Partial<Post> = {}) =>
  ({
    author: 'author-1',
    body: paragraph(text('Ketamine eased depression in a trial.'), inline({ blockType: 'claim', claim: 'claim-1' })),
    excerpt: 'An overview.',
    heroImage: 'image-1',
    seo: { canonicalUrl: '', description: 'A description.', image: null, noIndex: false, title: 'A title' },
    slug: 'a-post',
    title: 'A post',
    topics: ['topic-1', 'topic-2'],
    ...overrides,
  }) as Post

type LibraryOverrides = {
  alt?: string
  authorBio?: string
  authorCredentials?: string
  authorJobTitle?: string
  authorName?: string
  authorPhoto?: string
  claimStatement?: string
  claimStatus?: string
  file?: string
  referenceStatus?: string
}

const library = (overrides: LibraryOverrides = {}) =>
  ({
    authors: new Map([
      [
        'author-1',
        {
          bio: overrides.authorBio ?? 'Dr Lee leads the clinic’s care team.',
          credentials: overrides.authorCredentials ?? 'MD',
          jobTitle: overrides.authorJobTitle ?? 'Medical director',
          name: overrides.authorName ?? 'Dr Lee',
          photo: overrides.authorPhoto ?? null,
        },
      ],
    ]),
    claims: new Map([
      [
        'claim-1',
        {
          statement: overrides.claimStatement ?? 'Ketamine eased depression in one trial.',
          status: overrides.claimStatus ?? 'approved',
          supportingReferences: ['reference-1'],
        },
      ],
    ]),
    media: new Map([
      [
        'image-1',
        { alt: overrides.alt ?? 'The clinic’s waiting room', caption: null, filename: overrides.file ?? 'a1b2.jpg' },
      ],
    ]),
    references: new Map([
      [
        'reference-1',
        {
          authors: [],
          kind: 'trial',
          title: 'A trial',
          vettedAt: '2026-01-01',
          vettingStatus: overrides.referenceStatus ?? 'vetted',
        },
      ],
    ]),
  }) as unknown as ShownLibrary

const hashOf = (postOverrides: Partial<Post> = {}, libraryOverrides: LibraryOverrides = {}) =>
  contentHash(shownContent({ library: library(libraryOverrides), post: post(postOverrides) }))

describe('contentHash over what a site shows', () => {
  it('is versioned, stable, and blind to the order of topics', () => {
    expect(hashOf()).toMatch(/^sha256:v3:[0-9a-f]{64}$/)
    expect(hashOf()).toBe(hashOf({ topics: ['topic-2', 'topic-1'] }))
  })

  it.each<[string, Partial<Post>]>([
    ['title', { title: 'Ketamine cures depression' }],
    ['slug', { slug: 'ketamine-cures' }],
    ['excerpt', { excerpt: 'Ketamine cures depression in 95% of patients.' }],
    ['SEO title', { seo: { title: 'The cure' } }],
    ['SEO description', { seo: { description: 'Works for everyone.' } }],
    ['canonical URL', { seo: { canonicalUrl: 'https://elsewhere.example/' } }],
    ['social image', { seo: { image: 'image-2' } }],
    ['hide from search', { seo: { noIndex: true } }],
    ['hero image', { heroImage: 'image-2' }],
    ['topics', { topics: ['topic-1'] }],
    ['author', { author: 'author-2' }],
    ['body', { body: paragraph(text('Ketamine cured depression.')) as Post['body'] }],
  ])('changes when the %s changes', (_, overrides) => {
    expect(hashOf(overrides)).not.toBe(hashOf())
  })

  it.each<[string, LibraryOverrides]>([
    ['a quoted claim is reworded', { claimStatement: 'Ketamine cures depression.' }],
    ['a quoted claim leaves approval', { claimStatus: 'needs_rereview' }],
    ['a reference under a claim is retracted', { referenceStatus: 'retracted' }],
    ['an image’s alt text is edited', { alt: 'A patient, cured' }],
    ['an image’s file is replaced', { file: 'c3d4.png' }],
    ['the author is renamed', { authorName: 'Dr Lee, cure specialist' }],
    ['the author’s credentials change', { authorCredentials: 'MD, PhD' }],
    ['the author’s job title changes', { authorJobTitle: 'Depression cure specialist' }],
    ['the author’s bio changes', { authorBio: 'Dr Lee has cured 95% of her patients.' }],
    ['the author’s photo changes', { authorPhoto: 'image-2' }],
  ])('changes when %s', (_, overrides) => {
    expect(hashOf({}, overrides)).not.toBe(hashOf())
  })
})

describe('claimProblemOf', () => {
  const now = new Date('2026-12-01T12:00:00Z')
  it.each<[UsableClaimFields | undefined, null | string]>([
    [{ statement: 'S', status: 'approved' }, null],
    [{ reReviewBy: '2027-01-01T00:00:00Z', statement: 'S', status: 'approved' }, null],
    [{ reReviewBy: '2026-12-01T11:59:59Z', statement: 'S', status: 'approved' }, 'expired'],
    [{ statement: 'S', status: 'pending' }, 'not-approved'],
    [{ deletedAt: '2026-11-01', statement: 'S', status: 'approved' }, 'missing'],
    [undefined, 'missing'],
  ])('%j → %s', (claim, problem) => {
    expect(claimProblemOf(claim, now)).toBe(problem)
  })
})

describe('scanShownContent', () => {
  it('flags claims in the title, excerpt, SEO description and alt text, not only the body', () => {
    const shown = shownContent({
      library: library({ alt: 'Patients are cured after one session.' }),
      post: post({
        excerpt: 'Ketamine cures depression in 95% of patients.',
        seo: { description: 'The FDA approved ketamine for depression in 2019.' },
        title: 'Ketamine cures depression',
      }),
    })
    const fields = scanShownContent(shown).map((flag) => flag.field)
    expect(fields).toEqual(expect.arrayContaining(['title', 'excerpt', 'seoDescription', 'alt']))
  })

  it('resolves an excerpt that repeats a sentence the body supports', () => {
    const sentence = 'Ketamine eased depression in a trial.'
    const shown = shownContent({ library: library(), post: post({ excerpt: sentence }) })
    expect(scanShownContent(shown).every((flag) => flag.isResolved)).toBe(true)
  })
})

describe('a block-level node carrying citation fields', () => {
  it('is no citation to where-used, the scanner or the renderer alike', () => {
    const body = paragraph(text('Ketamine eased depression in a trial.'), {
      fields: { blockType: 'citation', reference: 'reference-1' },
      type: 'block',
      version: 1,
    })
    expect(findLibraryUse(body).referenceIds).toEqual([])
    expect(scanLexical(body).map((flag) => flag.isResolved)).toEqual([false])
    const rendered = renderPostBody({
      body: body as Post['body'],
      library: {
        claims: new Map(),
        references: new Map([
          ['reference-1', { id: 'reference-1', kind: 'trial', title: 'A trial', vettingStatus: 'vetted' } as never],
        ]),
      },
    })
    expect(rendered.references).toEqual([])
  })
})

describe('signOffCoverage', () => {
  it('lists every field and library entry the hash covers, as a site shows them', () => {
    const shown = shownContent({ library: library(), post: post({ excerpt: 'An overview.' }) })
    const sections = signOffCoverage({
      names: { topics: new Map([['topic-1', 'Depression']]) },
      shown,
    })
    const lines = sections.flatMap((section) => section.items)
    expect(sections.map((section) => section.label)).toEqual([
      'Text',
      'Search and social',
      'Images',
      'Author and topics',
      'Library claims, as approved',
      'References, as vetted',
    ])
    expect(lines).toEqual(
      expect.arrayContaining([
        'Title: A post',
        'Excerpt: An overview.',
        'Search description: A description.',
        'Alt text: The clinic’s waiting room',
        'Author: Dr Lee, MD (Medical director)',
        'Author’s bio: Dr Lee leads the clinic’s care team.',
        'Topics: Depression, topic-2',
        '“Ketamine eased depression in one trial.” (approved)',
        'A trial (vetted)',
      ]),
    )
  })
})

// The five sample articles through the text reader and the structure step: what stays in the body, what is left
// out and why, and what is recognised around the article (title, authors, crisis banner, references).
import { describe, expect, it } from 'vitest'

import type { Article } from '@/import/types'

import { parseText } from '@/import/read/parseText'
import { blockText } from '@/import/recognise/blockText'
import { structureArticle } from '@/import/recognise/structureArticle'

import { readSeed } from '../../helpers/seeds'

const articleOf = (prefix: string): Article => {
  const structured = structureArticle(parseText(readSeed(prefix)))
  if (!structured.isOk) throw new Error(`Seed ${prefix} was refused: ${structured.reason}`)
  return structured.article
}
const bodyText = (article: Article) => article.blocks.map(blockText).join('\n')
const droppedFor = (article: Article, reason: string) =>
  article.dropped.filter((dropped) => dropped.reason.startsWith(reason)).map(({ text }) => text)

const furniture = [
  'top of page',
  'bottom of page',
  'views',
  '0 comments',
  'Leave a Comment',
  'Popular Blog Posts',
  '1200 630',
  'Article by',
  'Are you in a crisis',
  'By Tessa Eskin',
]

describe('the five sample articles', () => {
  it.each(['000', '001', '002', '003', '004'])('seed %s keeps no page furniture in its body', (prefix) => {
    const text = bodyText(articleOf(prefix))
    for (const line of furniture) expect(text, line).not.toContain(line)
    expect(text.split(/\s+/).length).toBeGreaterThan(150)
  })

  it('reads each title from the first line that is not furniture or a banner', () => {
    expect(['000', '001', '002', '003', '004'].map((prefix) => articleOf(prefix).title)).toEqual([
      'Ketamine: Reversing the Effects of Depression',
      'How Ketamine Affects Your Brain',
      'What is Ketamine and How Does it Treat Depression?',
      'Ketamine – The Most Powerful Treatment For Depression Yet Invented',
      'The Revolutionary Impact of Ketamine on Mental Health',
    ])
  })

  it('000: drops "Leave a Comment" and keeps the clinic’s own sign-off and every claim', () => {
    const article = articleOf('000')
    expect(droppedFor(article, 'comments section')).toEqual(['Leave a Comment'])
    expect(bodyText(article)).toContain('In 2019, the FDA approved Ketamin’s use in treating depression.')
    expect(bodyText(article)).toContain('lessen depression symptoms in 70% of patients')
    expect(bodyText(article)).toContain('xoxo Rachel and Ryan')
  })

  it('001: drops the image alt text and splits off its reference section into studies and news', () => {
    const article = articleOf('001')
    expect(droppedFor(article, 'image caption')).toEqual([
      'friends having fun on beach at sunset integrating ketamine treatments',
    ])
    expect(bodyText(article)).not.toContain('External References')
    expect(bodyText(article)).toContain('only 0.7% of patients experienced adverse effects')
    expect(article.referenceHeading).toBe('External References')
    const [studies, news] = article.references
    expect(studies.heading).toBe('Scientific Articles and Clinical Trials')
    expect(studies.entries).toHaveLength(10)
    expect(studies.entries.every((entry) => entry.kind !== 'news' && !entry.summary)).toBe(true)
    expect(studies.entries.map((entry) => entry.kind)).toContain('trial')
    expect(news.heading).toBe('Ketamine in the News')
    expect(news.entries.map(({ journal, kind, title }) => ({ journal, kind, title }))).toEqual([
      { journal: undefined, kind: 'news', title: 'Ketamine: A Promising Novel Therapy for Anxiety and PTSD' },
      {
        journal: undefined,
        kind: 'news',
        title: 'Researchers Are Closer to Explaining How Ketamine Treats Depression',
      },
      {
        journal: 'Mayo Clinic News Network',
        kind: 'news',
        title: 'Mayo Clinic Minute: How esketamine can help severe depression',
      },
      {
        journal: undefined,
        kind: 'news',
        title: 'Ketamine monotherapy reduces suicidal ideation in adults with depression',
      },
    ])
    expect(news.entries.map((entry) => entry.summary?.split(' ').slice(0, 4).join(' '))).toEqual([
      'Ketamine was originally approved',
      'A recent study sheds',
      'Millions of people struggle',
      'In adults with treatment-resistant',
    ])
  })

  it('002: recognises the crisis banner, the byline and the author box, keeping the bio', () => {
    const article = articleOf('002')
    expect(article.crisisLine).toBe('Call or text 988')
    expect(article.author).toEqual({ credentials: undefined, name: 'Tessa Eskin' })
    expect(article.otherAuthors).toEqual([
      expect.objectContaining({ jobTitle: 'Senior Marketing Manager', name: 'Taylor Carter' }),
    ])
    expect(article.otherAuthors[0].bio).toMatch(/^Taylor Carter is a dynamic Senior Marketing Manager/)
    expect(article.notes.join(' ')).toContain('also names Taylor Carter')
    expect(bodyText(article)).not.toContain('Taylor Carter')
    expect(bodyText(article)).toContain('Recent studies show that over 50% of patients showed a decrease')
  })

  it('003: drops the related-post teasers after "Popular Blog Posts", down to the last one', () => {
    const article = articleOf('003')
    const teasers = droppedFor(article, 'related-post teasers')
    expect(teasers[0]).toBe('Popular Blog Posts')
    expect(teasers.at(-1)).toMatch(/^There has been a flurry of articles/)
    expect(bodyText(article)).not.toContain('Spravato”')
    expect(bodyText(article).trim().endsWith('(as detailed in our post).')).toBe(true)
  })

  it('004: rejoins paragraphs and list items hard-wrapped across blank lines, and drops the Wix furniture', () => {
    const article = articleOf('004')
    expect(droppedFor(article, 'navigation leftover')).toEqual(['top of page'])
    expect(droppedFor(article, 'view or comment counter')).toEqual(['10 views0 comments'])
    expect(bodyText(article)).toContain(
      'a significant breakthrough in the treatment of depression, anxiety, PTSD, and other mood disorders with the introduction of ketamine.',
    )
    const lists = article.blocks.filter((block) => block.type === 'list')
    expect(lists.map((list) => (list.type === 'list' ? list.items.length : 0))).toEqual([3, 4, 2])
    expect(blockText(lists[0])).toContain(
      'Inflammation Reduction: Ketamine has been found to reduce inflammatory markers in the brain, which are often elevated',
    )
    expect(bodyText(article)).toContain(
      'Esketamine, a derivative of ketamine, has been approved by the FDA for treatment-resistant depression.',
    )
  })
})

describe('articles that cannot be read', () => {
  it('refuses a file of page furniture only, saying no article text was found', () => {
    const structured = structureArticle(
      parseText('top of page\n\nA Title Here\n\n10 views0 comments\n\nLeave a Comment'),
    )
    expect(structured).toEqual({ isOk: false, reason: expect.stringContaining('no article text') })
  })

  it('refuses a page of furniture only, and text that opens with no title', () => {
    expect(structureArticle(parseText('top of page\n\nbottom of page'))).toEqual({
      isOk: false,
      reason: 'no article text was found, only page furniture',
    })
    expect(structureArticle(parseText('- rest\n- drink water'))).toEqual({
      isOk: false,
      reason: expect.stringContaining('no title'),
    })
  })
})

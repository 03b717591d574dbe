// Reference sections and the citations in them: formatted citations, where a section starts, and which entries
// are news.
import { describe, expect, it } from 'vitest'

import type { Block } from '@/import/types'

import { findReferenceStart } from '@/import/recognise/findReferenceStart'
import { guessStudyKind } from '@/import/recognise/guessStudyKind'
import { parseCitation } from '@/import/recognise/parseCitation'
import { parseReferenceSection } from '@/import/recognise/parseReferenceSection'
import { titleKey } from '@/import/recognise/titleKey'

const paragraph = (text: string, href?: string): Block => ({ runs: [{ href, text }], type: 'paragraph' })
const heading = (text: string): Block => ({ level: 2, runs: [{ text }], type: 'heading' })
const numbered = (...items: string[]): Block => ({
  items: items.map((text) => [{ text }]),
  ordered: true,
  type: 'list',
})

describe('parseCitation', () => {
  it('reads a Vancouver/AMA citation: authors, title, journal, year, volume, issue, pages, DOI', () => {
    expect(
      parseCitation(
        '1. Zarate CA Jr, Singh JB, et al. A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression. Arch Gen Psychiatry. 2006;63(8):856-864. doi:10.1001/archpsyc.63.8.856',
      ),
    ).toEqual({
      authors: [
        { family: 'Zarate', given: 'CA', suffix: 'Jr' },
        { family: 'Singh', given: 'JB' },
      ],
      doi: '10.1001/archpsyc.63.8.856',
      issue: '8',
      journal: 'Arch Gen Psychiatry',
      pages: '856-864',
      pmid: undefined,
      title: 'A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression',
      url: undefined,
      volume: '63',
      year: 2006,
    })
  })

  it('reads an APA citation with its DOI link', () => {
    expect(
      parseCitation(
        'Berman, R. M., Cappiello, A., & Anand, A. (2000). Antidepressant effects of ketamine in depressed patients. Biological Psychiatry, 47(4), 351–354. https://doi.org/10.1016/S0006-3223(99)00230-9',
      ),
    ).toMatchObject({
      authors: [
        { family: 'Berman', given: 'R.M.' },
        { family: 'Cappiello', given: 'A.' },
        { family: 'Anand', given: 'A.' },
      ],
      doi: '10.1016/s0006-3223(99)00230-9',
      journal: 'Biological Psychiatry',
      title: 'Antidepressant effects of ketamine in depressed patients',
      year: 2000,
    })
  })

  it('reads a PubMed link and a PMID, and keeps a bare title whole', () => {
    expect(parseCitation('https://pubmed.ncbi.nlm.nih.gov/10686270/')).toMatchObject({ pmid: '10686270' })
    expect(parseCitation('Ketamine safety. PMID: 25271445')).toMatchObject({
      pmid: '25271445',
      title: 'Ketamine safety',
    })
    expect(parseCitation('Ketamine: A Paradigm Shift for Depression Research and Treatment')).toMatchObject({
      title: 'Ketamine: A Paradigm Shift for Depression Research and Treatment',
    })
  })
})

describe('findReferenceStart', () => {
  it('starts at a "References" heading', () => {
    expect(findReferenceStart([paragraph('Body.'), heading('References'), paragraph('A study')])).toEqual({
      headingKind: 'any',
      index: 1,
    })
  })

  it('does not take a "Research" section of prose for a reference list', () => {
    const prose =
      'Researchers have looked at ketamine for decades, and the picture that emerges is one of rapid but short-lived relief that many patients describe as a lifeline; follow-up care matters as much as the infusion itself, and clinics differ widely in how they provide it to the people who come to them.'
    expect(
      findReferenceStart([paragraph('Body.'), heading('Research'), paragraph(prose), paragraph(prose)]),
    ).toBeUndefined()
  })

  it('takes a closing numbered list of formatted citations, with no heading, for the reference list', () => {
    const blocks = [
      paragraph('Body.'),
      numbered(
        'Berman RM, Cappiello A. Title one. Biol Psychiatry. 2000;47(4):351-354.',
        'Zarate CA, Singh JB. Title two. Arch Gen Psychiatry. 2006;63:856-864.',
      ),
    ]
    expect(findReferenceStart(blocks)).toEqual({ headingKind: 'any', index: 1 })
  })
})

describe('parseReferenceSection', () => {
  it('in a generic list, a link to a journal is a study and a link elsewhere is news', () => {
    const [group] = parseReferenceSection({
      blocks: [
        heading('Sources'),
        paragraph('Ketamine for depression: a randomized trial', 'https://jamanetwork.com/journals/x'),
        paragraph('Clinics spread across the country', 'https://news.example/ketamine'),
      ],
    })
    expect(group.entries.map(({ kind, url }) => ({ kind, url }))).toEqual([
      { kind: 'trial', url: 'https://jamanetwork.com/journals/x' },
      { kind: 'news', url: 'https://news.example/ketamine' },
    ])
  })

  it('does not take the next formatted citation for a summary', () => {
    const [group] = parseReferenceSection({
      blocks: [
        numbered(
          'Berman RM. Title one. Biol Psychiatry. 2000;47:351-354.',
          'Zarate CA. Title two. Arch Gen Psychiatry. 2006;63:856-864.',
        ),
      ],
    })
    expect(group.entries.map((entry) => entry.summary)).toEqual([undefined, undefined])
  })
})

describe('guessStudyKind and titleKey', () => {
  it.each([
    ['The effect of ketamine on suicidal ideation: a systematic review and meta-analysis', 'meta-analysis'],
    ['Side-effects associated with ketamine use in depression: a systematic review', 'review'],
    ['Ketamine for social anxiety disorder: a randomized, placebo-controlled crossover trial', 'trial'],
    ['NMDA receptor blockade in mice triggers rapid antidepressant responses', 'preclinical'],
    ['A retrospective cohort of ketamine clinic patients', 'observational'],
    ['Ketamine and rapid-acting antidepressants: a new era', 'study'],
  ])('%s → %s', (title, kind) => expect(guessStudyKind(title)).toBe(kind))

  it('reduces titles to their words, so spelling differences of one work match', () => {
    expect(titleKey('Antidepressant efficacy of ketamine: a two-site, randomized controlled trial')).toBe(
      titleKey('Antidepressant Efficacy of Ketamine: A Two-Site Randomized Controlled Trial'),
    )
    expect(titleKey('Ketamine & ECT')).toBe('ketamine and ect')
  })
})

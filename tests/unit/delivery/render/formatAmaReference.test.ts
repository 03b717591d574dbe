import { describe, expect, it } from 'vitest'

import { formatAmaReference } from '@/delivery/render/formatAmaReference'

import { fdaAnnouncement, seedReference } from './seedLibrary'

describe('formatAmaReference', () => {
  it.each([
    [
      'six authors, all named, with volume, issue, pages and DOI',
      '10.1016/S0006-3223(99)00230-9',
      'Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000;47(4):351-354. doi:10.1016/S0006-3223(99)00230-9',
    ],
    [
      'a first author with a suffix',
      '10.1001/archpsyc.63.8.856',
      'Zarate CA Jr, Singh JB, Carlson PJ, Brutsche NE, Ameli R, Luckenbaugh DA. A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression. Arch Gen Psychiatry. 2006;63(8):856-864. doi:10.1001/archpsyc.63.8.856',
    ],
    [
      'a title with a subtitle and a five-author review',
      '10.1016/j.neuron.2019.02.005',
      'Krystal JH, Abdallah CG, Sanacora G, Charney DS, Duman RS. Ketamine: a paradigm shift for depression research and treatment. Neuron. 2019;101(5):774-778. doi:10.1016/j.neuron.2019.02.005',
    ],
    [
      'an electronic article number in place of pages',
      '10.1126/science.aat8078',
      'Moda-Sava RN, Murdock MH, Parekh PK, Fetcho RN, Huang B, Huynh TN. Sustained rescue of prefrontal circuit dysfunction by antidepressant-induced spine formation. Science. 2019;364(6436):eaat8078. doi:10.1126/science.aat8078',
    ],
    [
      'a journal abbreviation with a parenthesis and a single page',
      '10.3390/ph13070151',
      'Feifel D, Dadiomov D, Lee KC. Safety of repeated administration of parenteral ketamine for depression. Pharmaceuticals (Basel). 2020;13(7):151. doi:10.3390/ph13070151',
    ],
  ])('writes %s', (_, doi, expected) => {
    // Act
    const { text } = formatAmaReference(seedReference(doi))

    // Assert
    expect(text).toBe(expected)
  })

  it('names the first three authors and "et al" when a paper has more than six', () => {
    // Arrange: Berman et al. 2000 has seven authors; the seed lists six of them.
    const berman = seedReference('10.1016/S0006-3223(99)00230-9')
    const reference = { ...berman, authors: [...(berman.authors ?? []), { family: 'Krystal', given: 'JH' }] }

    // Act
    const { text } = formatAmaReference(reference)

    // Assert
    expect(text).toBe(
      'Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000;47(4):351-354. doi:10.1016/S0006-3223(99)00230-9',
    )
  })

  it('leaves out the issue when the journal has none', () => {
    // Arrange
    const reference = { ...seedReference('10.1056/NEJMoa2302399'), issue: null }

    // Act
    const { text } = formatAmaReference(reference)

    // Assert
    expect(text).toContain('N Engl J Med. 2023;388:2315-2325. doi:10.1056/NEJMoa2302399')
  })

  it('turns full or dotted given names into initials without periods', () => {
    // Arrange
    const reference = {
      ...seedReference('10.1097/00000539-200207000-00020'),
      authors: [
        { family: 'Kudoh', given: 'Akira' },
        { family: 'Dupont', given: 'Jean-Pierre' },
        { family: 'Katagai', given: 'H. K.' },
        { family: 'Takazawa', given: 'Tomoko', suffix: 'III' },
      ],
    }

    // Act
    const { text } = formatAmaReference(reference)

    // Assert
    expect(
      text.startsWith(
        'Kudoh A, Dupont J-P, Katagai HK, Takazawa T III. Small-dose ketamine improves the postoperative state of depressed patients. Anesth Analg. 2002;95(1):114-118.',
      ),
    ).toBe(true)
  })

  it('writes a news item as author (if any), title, outlet, year and URL', () => {
    // Act
    const { html, text } = formatAmaReference(fdaAnnouncement())

    // Assert
    const url =
      'https://www.fda.gov/news-events/press-announcements/fda-approves-new-nasal-spray-medication-treatment-resistant-depression-available-only-certified'
    expect(text).toBe(
      `FDA approves new nasal spray medication for treatment-resistant depression; available only at a certified doctor’s office or clinic. U.S. Food and Drug Administration. 2019. ${url}`,
    )
    expect(html).toBe(
      `FDA approves new nasal spray medication for treatment-resistant depression; available only at a certified doctor’s office or clinic. U.S. Food and Drug Administration. 2019. <a href="${url}" rel="noopener noreferrer">${url}</a>`,
    )
  })

  it('names a news item’s author first when there is one', () => {
    // Arrange
    const reference = {
      ...fdaAnnouncement(),
      authors: [{ family: 'Reyes', given: 'Tomas' }],
      title: 'Nasal spray approved?',
    }

    // Act
    const { text } = formatAmaReference(reference)

    // Assert
    expect(
      text.startsWith('Reyes T. Nasal spray approved? U.S. Food and Drug Administration. 2019. https://www.fda.gov/'),
    ).toBe(true)
  })

  it('writes HTML with the journal in italics, the DOI linked to doi.org and a PubMed link', () => {
    // Act
    const { html, links } = formatAmaReference(seedReference('10.1016/S0006-3223(99)00230-9'))

    // Assert
    expect(html).toBe(
      'Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS. Antidepressant effects of ketamine in depressed patients. <em>Biol Psychiatry</em>. 2000;47(4):351-354. ' +
        '<a href="https://doi.org/10.1016/S0006-3223(99)00230-9" rel="noopener noreferrer">doi:10.1016/S0006-3223(99)00230-9</a> ' +
        '<a href="https://pubmed.ncbi.nlm.nih.gov/10686270/" rel="noopener noreferrer">PubMed</a>',
    )
    expect(links).toEqual({
      doi: 'https://doi.org/10.1016/S0006-3223(99)00230-9',
      pubmed: 'https://pubmed.ncbi.nlm.nih.gov/10686270/',
    })
  })

  it('encodes DOI characters that would break the link, and keeps the DOI as written in the text', () => {
    // Arrange: an old Wiley-style DOI with angle brackets and a hash.
    const reference = {
      ...seedReference('10.3390/ph13070151'),
      doi: '10.1002/(SICI)1097-4679(199911)55:11<1317::AID-JCLP1>3.0.CO;2-#',
    }

    // Act
    const { html, links, text } = formatAmaReference(reference)

    // Assert
    expect(links.doi).toBe(
      'https://doi.org/10.1002/(SICI)1097-4679(199911)55%3A11%3C1317%3A%3AAID-JCLP1%3E3.0.CO%3B2-%23',
    )
    expect(text.endsWith('doi:10.1002/(SICI)1097-4679(199911)55:11<1317::AID-JCLP1>3.0.CO;2-#')).toBe(true)
    expect(html).toContain('>doi:10.1002/(SICI)1097-4679(199911)55:11&lt;1317::AID-JCLP1&gt;3.0.CO;2-#</a>')
  })

  it('escapes markup in titles and never links a hostile URL or a malformed identifier', () => {
    // Arrange
    const reference = {
      ...fdaAnnouncement(),
      doi: 'not-a-doi',
      pmid: '123abc',
      title: '<img src=x onerror=alert(1)> Ketamine & you',
      url: 'javascript:alert(1)',
    }

    // Act
    const { html, links, text } = formatAmaReference(reference)

    // Assert
    expect(text).toBe('<img src=x onerror=alert(1)> Ketamine & you. U.S. Food and Drug Administration. 2019.')
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; Ketamine &amp; you. U.S. Food and Drug Administration. 2019.')
    expect(links).toEqual({})
  })
})

import { describe, expect, it } from 'vitest'

import { normaliseDoi, normalisePmid } from '@/workflow/identifiers'

describe('normaliseDoi', () => {
  it.each([
    ['a https://doi.org URL', 'https://doi.org/10.1056/NEJMoa2302399'],
    ['an http://dx.doi.org URL', 'http://dx.doi.org/10.1056/NEJMoa2302399'],
    ['a doi.org address without a scheme', 'doi.org/10.1056/NEJMoa2302399'],
    ['a "doi: " prefix', 'doi: 10.1056/nejmoa2302399'],
    ['an upper-case "DOI:" prefix without a space', 'DOI:10.1056/NEJMoa2302399'],
    ['a bare DOI surrounded by spaces', '  10.1056/NEJMoa2302399  '],
  ])('reduces %s to the bare lower-case DOI', (_, value) => {
    // Act
    const doi = normaliseDoi(value)

    // Assert
    expect(doi).toBe('10.1056/nejmoa2302399')
  })

  it('keeps punctuation inside the DOI suffix', () => {
    // Arrange
    const value = 'https://doi.org/10.1002/(SICI)1097-4636(199706)35:4<473::AID-JBM7>3.0.CO;2-A'

    // Act
    const doi = normaliseDoi(value)

    // Assert
    expect(doi).toBe('10.1002/(sici)1097-4636(199706)35:4<473::aid-jbm7>3.0.co;2-a')
  })

  it.each([[''], ['   '], ['doi:'], ['https://doi.org/']])('returns null when %j holds no DOI', (value) => {
    // Act
    const doi = normaliseDoi(value)

    // Assert
    expect(doi).toBeNull()
  })

  it('passes null and undefined through unchanged', () => {
    // Act
    const fromNull = normaliseDoi(null)
    const fromUndefined = normaliseDoi(undefined)

    // Assert
    expect(fromNull).toBeNull()
    expect(fromUndefined).toBeUndefined()
  })

  it.each([[42], [{ doi: '10.1/x' }], [['10.1/x']], [true]])('returns undefined for the non-string %j', (value) => {
    // Act
    const doi = normaliseDoi(value)

    // Assert
    expect(doi).toBeUndefined()
  })
})

describe('normalisePmid', () => {
  it.each([
    ['a "PMID: " prefix', 'PMID: 37224232'],
    ['a lower-case "pmid:" prefix without a space', 'pmid:37224232'],
    ['a "PMID " prefix without a colon', 'PMID 37224232'],
    ['a pubmed.ncbi.nlm.nih.gov URL with a trailing slash', 'https://pubmed.ncbi.nlm.nih.gov/37224232/'],
    ['a pubmed.ncbi.nlm.nih.gov URL without a trailing slash', 'https://pubmed.ncbi.nlm.nih.gov/37224232'],
    ['an old www.ncbi.nlm.nih.gov/pubmed URL', 'http://www.ncbi.nlm.nih.gov/pubmed/37224232'],
    ['a bare id surrounded by spaces', '  37224232  '],
    ['an integer', 37224232],
  ])('reduces %s to the bare PubMed id', (_, value) => {
    // Act
    const pmid = normalisePmid(value)

    // Assert
    expect(pmid).toBe('37224232')
  })

  it.each([[''], ['   '], ['PMID:'], ['https://pubmed.ncbi.nlm.nih.gov/']])(
    'returns null when %j holds no PubMed id',
    (value) => {
      // Act
      const pmid = normalisePmid(value)

      // Assert
      expect(pmid).toBeNull()
    },
  )

  it('passes null and undefined through unchanged', () => {
    // Act
    const fromNull = normalisePmid(null)
    const fromUndefined = normalisePmid(undefined)

    // Assert
    expect(fromNull).toBeNull()
    expect(fromUndefined).toBeUndefined()
  })

  it.each([[1.5], [Number.NaN], [{ pmid: 1 }], [[37224232]], [false]])(
    'returns undefined for %j, which is neither a string nor an integer',
    (value) => {
      // Act
      const pmid = normalisePmid(value)

      // Assert
      expect(pmid).toBeUndefined()
    },
  )
})

// Holds the claim scanner to its measured quality on the labelled corpus (tests/fixtures/claims), so a change to
// the rules cannot lower recall or precision on the held-out test articles without someone noticing.
import { describe, expect, it } from 'vitest'

import { scanText } from '@/workflow/claimScanner'
import { evaluateScanner } from '@/workflow/claimScanner/eval/evaluateScanner'
import { readCorpus } from '@/workflow/claimScanner/eval/readCorpus'

const corpus = readCorpus(new URL('../fixtures/claims/', import.meta.url).pathname)
const testSet = corpus.filter(({ split }) => split === 'test')

describe('the claim scanner on the labelled corpus', () => {
  it('has at least 400 labelled sentences from at least 15 articles, split by article', () => {
    // Act
    const sentenceCount = corpus.reduce((total, { sentences }) => total + sentences.length, 0)

    // Assert
    expect(corpus.length).toBeGreaterThanOrEqual(15)
    expect(sentenceCount).toBeGreaterThanOrEqual(400)
    expect(testSet.length).toBeGreaterThanOrEqual(5)
    expect(corpus.filter(({ split }) => split === 'tune').length).toBeGreaterThanOrEqual(5)
  })

  it('finds at least 90% of the claims in the test articles, with at least 80% of its flags right', () => {
    // Act
    const { overall } = evaluateScanner({ articles: testSet, scan: scanText })

    // Assert
    expect(overall.recall).toBeGreaterThanOrEqual(0.9)
    expect(overall.precision).toBeGreaterThanOrEqual(0.8)
  })
})

import type { FlaggedSentence } from './types'

import { findReasons } from './findReasons'
import { sentenceKey } from './sentenceKey'
import { splitSentences } from './splitSentences'

/** Flags the sentences of plain text (paragraphs separated by newlines) that make medical assertions. */
export const scanText = (text: string): FlaggedSentence[] => {
  if (typeof text !== 'string') return []
  return splitSentences(text).flatMap(({ text: sentence }) => {
    const reasons = findReasons(sentence)
    return reasons.length ? [{ isResolved: false, key: sentenceKey(sentence), reasons, sentence }] : []
  })
}

import type { FlaggedSentence } from './types'

import { findReasons } from './findReasons'
import { lexicalBlocks } from './lexicalBlocks'
import { sentenceKey } from './sentenceKey'
import { splitSentences } from './splitSentences'

/**
 * Which sentence an inline block at this offset supports: the last one that starts before it. A block after a
 * sentence's full stop, before the next sentence starts, still belongs to the sentence it follows.
 */
const ownerOf = ({ anchor, starts }: { anchor: number; starts: number[] }): number => {
  let owner = 0
  starts.forEach((start, index) => {
    if (start < anchor) owner = index
  })
  return owner
}

/**
 * Flags the sentences of a Lexical body that make medical assertions, block by block (paragraph, heading, quote,
 * list item). A sentence is resolved when a citation or claim inline block sits inside it or right after it.
 */
export const scanLexical = (body: unknown): FlaggedSentence[] =>
  lexicalBlocks(body).flatMap(({ anchors, text }) => {
    const sentences = splitSentences(text)
    const starts = sentences.map(({ start }) => start)
    const supportOf = (index: number) =>
      anchors.filter(({ at }) => ownerOf({ anchor: at, starts }) === index).map(({ block }) => block)
    return sentences.flatMap(({ text: sentence }, index) => {
      const reasons = findReasons(sentence)
      if (!reasons.length) return []
      const support = supportOf(index)
      return [{ isResolved: support.length > 0, key: sentenceKey(sentence), reasons, sentence, support }]
    })
  })

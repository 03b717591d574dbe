// The shapes of the labelled claim corpus in tests/fixtures/claims (its README describes the file format).
import type { ClaimReason } from '@/workflow/claimScanner/types'

export type LabelledSentence = { isClaim: boolean; kinds: ClaimReason[]; text: string }

export type CorpusArticle = {
  article: string
  sentences: LabelledSentence[]
  split: 'test' | 'tune'
  /** The article as a site would show it: a paragraph's sentences joined by spaces, paragraphs by blank lines. */
  text: string
  voice: string
}

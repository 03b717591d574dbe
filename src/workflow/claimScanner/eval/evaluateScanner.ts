import type { ClaimReason, FlaggedSentence } from '@/workflow/claimScanner/types'

import { claimKinds } from '@/workflow/claimScanner/claimKinds'
import { sentenceKey } from '@/workflow/claimScanner/sentenceKey'

import type { CorpusArticle } from './corpusTypes'

export type Score = { flagged: number; hits: number; labelled: number; precision: number; recall: number }

export type Evaluation = {
  /** Flagged sentences that are not claims, or that are no labelled sentence at all (a splitting error). */
  falseFlags: { article: string; kinds: ClaimReason[]; sentence: string }[]
  /** Labelled claims the scanner did not flag as a sentence of their own. */
  misses: { article: string; kinds: ClaimReason[]; sentence: string }[]
  overall: Score
  perKind: Record<ClaimReason, Score>
  sentences: number
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole)

const score = ({
  correct,
  flagged,
  hits,
  labelled,
}: {
  correct: number
  flagged: number
  hits: number
  labelled: number
}): Score => ({
  flagged,
  hits,
  labelled,
  precision: ratio(correct, flagged),
  recall: ratio(hits, labelled),
})

/**
 * Scans each article as one text and compares flagged sentences with the labels, by sentence key. A flagged
 * sentence counts for a kind when the scanner reports that kind; kind precision is over sentences reported with it.
 */
export const evaluateScanner = ({
  articles,
  scan,
}: {
  articles: CorpusArticle[]
  scan: (text: string) => FlaggedSentence[]
}): Evaluation => {
  const evaluation: Evaluation = {
    falseFlags: [],
    misses: [],
    overall: score({ correct: 0, flagged: 0, hits: 0, labelled: 0 }),
    perKind: {} as Record<ClaimReason, Score>,
    sentences: 0,
  }
  const counts = { correct: 0, flagged: 0, hits: 0, labelled: 0 }
  const kindCounts = Object.fromEntries(
    claimKinds.map((kind) => [kind, { correct: 0, flagged: 0, hits: 0, labelled: 0 }]),
  ) as Record<ClaimReason, typeof counts>
  for (const { article, sentences, text } of articles) {
    const labels = new Map(sentences.map((labelled) => [sentenceKey(labelled.text), labelled]))
    const flags = new Map(scan(text).map((flag) => [flag.key, flag]))
    evaluation.sentences += sentences.length
    for (const labelled of sentences.filter(({ isClaim }) => isClaim)) {
      counts.labelled += 1
      const reported = new Set(flags.get(sentenceKey(labelled.text))?.reasons.map(({ kind }) => kind) ?? [])
      if (flags.has(sentenceKey(labelled.text))) counts.hits += 1
      else evaluation.misses.push({ article, kinds: labelled.kinds, sentence: labelled.text })
      for (const kind of labelled.kinds) {
        kindCounts[kind].labelled += 1
        if (reported.has(kind)) kindCounts[kind].hits += 1
      }
    }
    for (const flag of flags.values()) {
      const labelled = labels.get(flag.key)
      const reported = [...new Set(flag.reasons.map(({ kind }) => kind))]
      counts.flagged += 1
      if (labelled?.isClaim) counts.correct += 1
      else evaluation.falseFlags.push({ article, kinds: reported, sentence: flag.sentence })
      for (const kind of reported) {
        kindCounts[kind].flagged += 1
        if (labelled?.kinds.includes(kind)) kindCounts[kind].correct += 1
      }
    }
  }
  evaluation.overall = score(counts)
  for (const kind of claimKinds) evaluation.perKind[kind] = score(kindCounts[kind])
  return evaluation
}

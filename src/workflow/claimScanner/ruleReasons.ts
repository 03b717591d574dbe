import type { FlaggedReason } from './types'

import { claimRules } from './claimRules'

/** A reason the trigger rules found, and whether its rule asserts in a heading or a question too. */
export type RuleReason = FlaggedReason & { isAssertive: boolean }

type Found = RuleReason & { end: number; start: number }

/** Words either side of a match that an excuse may read. */
const contextWidth = 40

/**
 * Every claim the trigger rules find in one sentence, in reading order. Where matches of one kind overlap, the longest wins
 * ("safe and effective" over "effective"); the same words of the same kind are reported once.
 */
export const ruleReasons = (sentence: string): RuleReason[] => {
  const found: Found[] = []
  for (const { explain, isAssertive = false, isExcused, kind, pattern } of claimRules) {
    for (const hit of sentence.matchAll(pattern)) {
      const match = hit[0].trim()
      if (!match) continue
      const start = hit.index + hit[0].indexOf(match)
      const end = start + match.length
      const context = {
        after: sentence.slice(end, end + contextWidth),
        before: sentence.slice(Math.max(0, start - contextWidth), start),
        match,
      }
      if (isExcused?.(context)) continue
      found.push({ end, explanation: explain(match), isAssertive, kind, match, start })
    }
  }
  const kept: Found[] = []
  for (const candidate of [...found].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    const isCovered = kept.some(
      (other) =>
        other.kind === candidate.kind &&
        ((other.start < candidate.end && candidate.start < other.end) ||
          other.match.toLowerCase() === candidate.match.toLowerCase()),
    )
    if (!isCovered) kept.push(candidate)
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ explanation, isAssertive, kind, match }) => ({ explanation, isAssertive, kind, match }))
}

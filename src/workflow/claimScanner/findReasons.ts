import type { ClaimReason, FlaggedReason } from './types'

import { domainLexicon, treatmentLexicon } from './domainLexicon'
import { isOperational } from './isOperational'
import { fallbackCue, kindCues } from './kindCues'
import { ruleReasons } from './ruleReasons'
import { sentenceShape } from './sentenceShape'

/** A number about patients asserts even in a heading or a question ("70% of Patients Respond"). */
const assertiveKinds = new Set<ClaimReason>(['statistic'])

/**
 * Why a sentence needs a medical editor, as medical-legal review reads it: a statement about a treatment, drug,
 * condition, symptom, body system, side effect or patient group is a claim unless it is clinic business. Trigger
 * words ("safe", "FDA", "studies show", numbers) are reported wherever they assert; every other claim gets the kinds
 * its words name. An empty list means the sentence is not a claim.
 */
export const findReasons = (sentence: string): FlaggedReason[] => {
  const shape = sentenceShape(sentence)
  const triggered = ruleReasons(sentence)
  if (shape !== 'statement') {
    return triggered.filter(({ isAssertive, kind }) => isAssertive || assertiveKinds.has(kind)).map(strip)
  }
  const reasons = triggered.map(strip)
  if (isOperational(sentence)) return reasons
  const term = domainLexicon.exec(sentence)
  if (!term) return reasons
  const found = new Set(reasons.map(({ kind }) => kind))
  for (const { explain, kind, pattern } of kindCues) {
    const hit = found.has(kind) ? null : pattern.exec(sentence)
    if (!hit) continue
    found.add(kind)
    reasons.push({ explanation: explain(hit[0]), kind, match: hit[0] })
  }
  if (reasons.length) return reasons
  const treatment = treatmentLexicon.exec(sentence)
  return treatment
    ? [{ explanation: fallbackCue.treatment(treatment[0]), kind: 'efficacy', match: treatment[0] }]
    : [{ explanation: fallbackCue.condition(term[0]), kind: 'mechanism', match: term[0] }]
}

const strip = ({ explanation, kind, match }: FlaggedReason): FlaggedReason => ({ explanation, kind, match })

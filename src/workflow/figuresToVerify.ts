import { quoted } from '@/utilities/quoted'

// "To verify": a statistic or an efficacy statement resolved by a citation. The citation makes the sentence
// publishable, but only an editor who reads the source can say the source says it (a figure cited to an unrelated
// paper counts as cited), so sign-off asks the editor to check each one. A sentence carried by an approved claim
// is not asked again: its wording was checked against its references when the claim was approved.
import type { ClaimReason } from './claimScanner'
import type { LoadedLibrary } from './loadShownContent'
import type { ShownContent } from './shownContent'

import { scanLexical } from './claimScanner'

const kindsToVerify = new Set<ClaimReason>(['efficacy', 'statistic'])

export type FigureToVerify = { key: string; referenceIds: string[]; sentence: string }

export const figuresToVerify = (shown: Pick<ShownContent, 'body'>): FigureToVerify[] => {
  const figures = new Map<string, FigureToVerify>()
  for (const flag of scanLexical(shown.body)) {
    const support = flag.support ?? []
    const referenceIds = support.flatMap((block) => (block.kind === 'citation' ? [block.referenceId] : []))
    const isClaim = support.some((block) => block.kind === 'claim')
    if (!referenceIds.length || isClaim || !flag.reasons.some((reason) => kindsToVerify.has(reason.kind))) continue
    const seen = figures.get(flag.key)
    figures.set(flag.key, {
      key: flag.key,
      referenceIds: [...new Set([...(seen?.referenceIds ?? []), ...referenceIds])],
      sentence: flag.sentence,
    })
  }
  return [...figures.values()]
}

const sourcesOf = (figure: FigureToVerify, library: Pick<LoadedLibrary, 'references'>): string =>
  figure.referenceIds.map((id) => quoted(library.references.get(id)?.title ?? 'a reference', 140)).join(', ')

/** Why sign-off waits for this figure, naming the sentence and what it is cited to. */
export const toVerifyMessage = (figure: FigureToVerify, library: Pick<LoadedLibrary, 'references'>): string =>
  `${quoted(figure.sentence)} is cited to ${sourcesOf(figure, library)}: check that the source says it, and tick it in the sign-off checklist.`

/** The sign-off's record of the figures checked, for the audit trail and the conversation. */
export const checkedLine = (figures: FigureToVerify[]): null | string =>
  figures.length
    ? `Checked against the cited sources: ${figures.map((figure) => quoted(figure.sentence)).join('; ')}.`
    : null

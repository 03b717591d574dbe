import { quoted } from '@/utilities/quoted'

// What the editor signs off, flag by flag: every sentence the scanner flagged in what the post shows, and what
// resolves it (a citation, an approved claim, the same sentence with its support in the body, or a waiver). The
// figures to verify (figuresToVerify, which the sign-off action enforces) are the ones the editor must tick.
import type { LoadedLibrary } from './loadShownContent'
import type { Waiver } from './publishBlockers'
import type { ShownContent } from './shownContent'

import { figuresToVerify } from './figuresToVerify'
import { scanShownContent, shownFieldLabels } from './scanShownContent'

export type ChecklistItem = {
  key: string
  /** How the flag is resolved, in words; null while nothing resolves it (then it is a blocker, not a checklist line). */
  resolution: null | string
  sentence: string
  /** A cited figure the editor must check against its source before signing off. */
  toVerify: boolean
  where: string
}

export const signOffChecklist = ({
  library,
  shown,
  waivers,
}: {
  library: Pick<LoadedLibrary, 'claims' | 'references'>
  shown: ShownContent
  waivers: Waiver[]
}): ChecklistItem[] => {
  const toVerify = new Set(figuresToVerify(shown).map(({ key }) => key))
  const waived = new Map(waivers.filter((waiver) => waiver.note?.trim()).map((waiver) => [waiver.key, waiver.note]))
  return scanShownContent(shown).map((flag) => {
    const supports = (flag.support ?? []).map((block) =>
      block.kind === 'citation'
        ? `cited to ${quoted(library.references.get(block.referenceId)?.title ?? 'a reference missing from the library', 80)}`
        : `carried by the claim ${quoted(library.claims.get(block.claimId)?.statement ?? 'missing from the library', 80)}`,
    )
    const note = waived.get(flag.key)
    const resolution = supports.length
      ? supports.join('; ')
      : flag.isResolved
        ? 'said in the body with its support'
        : note
          ? `waived: ${note}`
          : null
    return {
      key: flag.key,
      resolution,
      sentence: flag.sentence,
      toVerify: toVerify.has(flag.key),
      where: shownFieldLabels[flag.field],
    }
  })
}

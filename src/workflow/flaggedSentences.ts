// The flagged sentences nothing resolves yet, as the review panel lists them: each blocker the publish gate raised
// for a sentence, with the sentence itself so the panel can find it in the text. One answer for the panel as the
// server renders it and for the list that follows the writer's typing (the posts' `flags` endpoint).
import type { Blocker } from './publishBlockers'
import type { ShownContent } from './shownContent'

import { scanShownContent } from './scanShownContent'

export type FlagLine = { key: string; message: string; sentence: string }

export const flaggedSentencesOf = ({ blockers, shown }: { blockers: Blocker[]; shown: ShownContent }): FlagLine[] => {
  const sentences = new Map(scanShownContent(shown).map((flag) => [flag.key, flag.sentence]))
  return blockers.flatMap((blocker) =>
    blocker.code === 'unresolved-flag' && blocker.key
      ? [{ key: blocker.key, message: blocker.message, sentence: sentences.get(blocker.key) ?? '' }]
      : [],
  )
}

// Matches a seed post's explicit waivers to the sentences the claim scanner flags in it, and refuses drift both
// ways: a listed waiver that names no flagged sentence (the text changed, or the sentence is cited now), and a
// flagged sentence that is neither supported nor listed (new text nobody reviewed). Pure, so a unit test can run
// it over every seed post without a database.
import type { ShownFlag } from '@/workflow/scanShownContent'

import { loosenText } from '@/workflow/claimScanner/loosenText'

import type { SeedWaiver } from './data/types'

export type PlannedWaiver = { key: string; note: string; sentence: string }

const quote = (flag: ShownFlag) => `“${flag.sentence}” (${flag.field})`

/** One planned waiver per listed waiver, in order; throws naming the post and the sentence on any mismatch. */
export const planSeedWaivers = ({
  flags,
  slug,
  waivers,
}: {
  flags: ShownFlag[]
  slug: string
  waivers: SeedWaiver[]
}): PlannedWaiver[] => {
  const open = flags.filter((flag) => !flag.isResolved)
  const planned = waivers.map(({ note, sentence }): PlannedWaiver => {
    if (!note.trim()) throw new Error(`Seed post "${slug}": the waiver for “${sentence}” has no note.`)
    const matches = open.filter((flag) => loosenText(flag.sentence).includes(loosenText(sentence)))
    if (matches.length === 1) return { key: matches[0].key, note, sentence: matches[0].sentence }
    throw new Error(
      matches.length === 0
        ? `Seed post "${slug}": the waiver for “${sentence}” matches no flagged sentence without a citation or claim; the text changed or the sentence is supported now. Update the post's waivers.`
        : `Seed post "${slug}": the waiver for “${sentence}” matches ${matches.length} flagged sentences (${matches.map(quote).join('; ')}); quote more of the one it means.`,
    )
  })
  const twice = planned.find((waiver, index) => planned.findIndex(({ key }) => key === waiver.key) !== index)
  if (twice) throw new Error(`Seed post "${slug}": two waivers name the same sentence, “${twice.sentence}”.`)
  const waived = new Set(planned.map(({ key }) => key))
  const left = open.filter((flag) => !waived.has(flag.key))
  if (left.length) {
    throw new Error(
      `Seed post "${slug}" has ${left.length} flagged sentence(s) with no citation, claim or listed waiver: ${left.map(quote).join('; ')}. Cite each, or add a waiver with the editor's reason to the post's data.`,
    )
  }
  return planned
}

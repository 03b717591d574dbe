// The report a batch ends with: one line per article (and per refused or skipped file) with its reason, the notes
// worth reading, and the totals.
import type { ImportOutcome } from '@/import/outcome'

import { summarise } from './summarise'

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

const detailOf = (outcome: ImportOutcome): string => {
  if (outcome.status === 'imported' || outcome.status === 'updated') {
    const { created, matched } = outcome.references
    return `${plural(outcome.sentencesFlagged, 'sentence')} flagged; references: ${matched} matched, ${created} created (unvetted)`
  }
  return outcome.reason ?? ''
}

export const formatSummary = ({
  clinic,
  outcomes,
  user,
}: {
  clinic: string
  outcomes: ImportOutcome[]
  user: string
}): string => {
  const lines = [`Import into ${clinic} as ${user}:`]
  for (const outcome of outcomes) {
    const title = outcome.title ? ` “${outcome.title}”` : ''
    lines.push(`  ${outcome.status.padEnd(9)} ${outcome.label}${title}: ${detailOf(outcome)}`)
    for (const note of outcome.notes) lines.push(`              ${note}`)
  }
  const totals = summarise(outcomes)
  lines.push(
    `Summary: ${totals.imported} imported, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.skipped} skipped, ${totals.refused} refused, ${totals.failed} failed; ` +
      `references: ${totals.referencesMatched} matched in the library, ${totals.referencesCreated} created unvetted; ${plural(totals.sentencesFlagged, 'sentence')} flagged for the editors.`,
  )
  if (totals.imported + totals.updated > 0)
    lines.push('Imported posts are drafts in the editors’ review queue; nothing was published.')
  return lines.join('\n')
}

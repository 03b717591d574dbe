import type { ImportOutcome } from '@/import/outcome'

export type BatchTotals = Record<ImportOutcome['status'], number> & {
  referencesCreated: number
  referencesMatched: number
  sentencesFlagged: number
}

export const summarise = (outcomes: ImportOutcome[]): BatchTotals => {
  const totals: BatchTotals = {
    failed: 0,
    imported: 0,
    referencesCreated: 0,
    referencesMatched: 0,
    refused: 0,
    sentencesFlagged: 0,
    skipped: 0,
    unchanged: 0,
    updated: 0,
  }
  for (const outcome of outcomes) {
    totals[outcome.status] += 1
    totals.referencesCreated += outcome.references.created
    totals.referencesMatched += outcome.references.matched
    totals.sentencesFlagged += outcome.sentencesFlagged
  }
  return totals
}

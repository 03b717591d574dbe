/** What happened to one article (or one refused file) of a batch, as the summary reports it. */
export type ImportOutcome = {
  /** Where it came from: the file, and the post's title inside a WordPress export. */
  label: string
  notes: string[]
  postId?: string
  reason?: string
  references: { created: number; matched: number }
  /** Flagged sentences the post's review must settle (a citation, an approved claim or an editor's waiver). */
  sentencesFlagged: number
  status: 'failed' | 'imported' | 'refused' | 'skipped' | 'unchanged' | 'updated'
  title?: string
}

export const emptyOutcome = (label: string, status: ImportOutcome['status'], reason?: string): ImportOutcome => ({
  label,
  notes: [],
  reason,
  references: { created: 0, matched: 0 },
  sentencesFlagged: 0,
  status,
})

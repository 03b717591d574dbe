import type { Run } from '@/import/types'

/** The plain text of some runs, whitespace collapsed. */
export const textOf = (runs: Run[]): string =>
  runs
    .map((run) => run.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim()

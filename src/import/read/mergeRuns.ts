import type { Run } from '@/import/types'

/** Adjacent runs with the same format and link as one, and no empty runs, as Lexical stores text. */
export const mergeRuns = (runs: Run[]): Run[] =>
  runs.reduce<Run[]>((merged, run) => {
    if (!run.text) return merged
    const last = merged.at(-1)
    if (
      last &&
      (last.format ?? 0) === (run.format ?? 0) &&
      last.href === run.href &&
      last.text !== '\n' &&
      run.text !== '\n'
    )
      last.text += run.text
    else merged.push({ ...run })
    return merged
  }, [])

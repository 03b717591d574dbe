import type { Run } from '@/import/types'

/** Runs with HTML's collapsed whitespace: single spaces, none at either end or around a line break. */
export const trimRuns = (runs: Run[]): Run[] => {
  const collapsed = runs.map((run) => (run.text === '\n' ? run : { ...run, text: run.text.replace(/\s+/g, ' ') }))
  for (let index = 0; index < collapsed.length; index += 1) {
    const before = collapsed[index - 1]
    const isAfterBreakOrSpace = index === 0 || before.text === '\n' || before.text.endsWith(' ')
    if (isAfterBreakOrSpace && collapsed[index].text !== '\n')
      collapsed[index].text = collapsed[index].text.replace(/^ /, '')
  }
  for (let index = collapsed.length - 1; index >= 0; index -= 1) {
    const after = collapsed[index + 1]
    if ((!after || after.text === '\n') && collapsed[index].text !== '\n')
      collapsed[index].text = collapsed[index].text.replace(/ $/, '')
  }
  const kept = collapsed.filter((run) => run.text !== '')
  while (kept[0]?.text === '\n') kept.shift()
  while (kept.at(-1)?.text === '\n') kept.pop()
  return kept
}

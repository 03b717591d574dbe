// The difference between two versions of what a post shows, line by line (shownLines), and word by word inside a
// line that changed: what an editor reads instead of the whole post again. Pure; the diffing is jsdiff's.
import { diffArrays, diffWords } from 'diff'

import type { ShownLine } from './shownLines'

export type WordChange = { kind: 'added' | 'removed' | 'same'; text: string }

export type LineChange =
  { kind: 'added' | 'removed'; label: string; text: string } | { kind: 'changed'; label: string; words: WordChange[] }

const keyOf = (line: ShownLine) => `${line.label}\u0000${line.text}`

const wordsOf = (before: string, after: string): WordChange[] =>
  diffWords(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }))

/** Only what differs; a removed line followed by an added one under the same label is one changed line. */
export const diffShownLines = (before: ShownLine[], after: ShownLine[]): LineChange[] => {
  const parts = diffArrays(before.map(keyOf), after.map(keyOf))
  const changes: LineChange[] = []
  const lineOf = (key: string): ShownLine => {
    const [label, text] = key.split('\u0000')
    return { label, text }
  }
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index]
    if (!part.added && !part.removed) continue
    const next = parts[index + 1]
    if (part.removed && next?.added) {
      const removed = part.value.map(lineOf)
      const added = next.value.map(lineOf)
      const paired = Math.min(removed.length, added.length)
      for (let line = 0; line < Math.max(removed.length, added.length); line += 1) {
        if (line < paired && removed[line].label === added[line].label)
          changes.push({
            kind: 'changed',
            label: added[line].label,
            words: wordsOf(removed[line].text, added[line].text),
          })
        else {
          if (removed[line]) changes.push({ kind: 'removed', ...removed[line] })
          if (added[line]) changes.push({ kind: 'added', ...added[line] })
        }
      }
      index += 1
      continue
    }
    for (const line of part.value.map(lineOf)) changes.push({ kind: part.added ? 'added' : 'removed', ...line })
  }
  return changes
}

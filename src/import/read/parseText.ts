// Plain text exported from a web page: one line per paragraph or heading, often hard-wrapped mid-sentence (even
// across blank lines), lists as "1." or "-" lines, addresses bare.
import type { Block, ParsedArticle, Run } from '@/import/types'

import { furnitureReason } from '@/import/recognise/furnitureReason'
import { continuesLine } from '@/workflow/claimScanner/continuesLine'

import { isHeadingLike } from './isHeadingLike'
import { linkify } from './linkify'
import { normaliseText } from './normaliseText'

const orderedItem = /^(\d{1,3})[.)]\s+(\S.*)$/
const bulletItem = /^[-*•·▪◦]\s+(\S.*)$/

type Line = { ordered?: boolean; text: string }

const listItemOf = (text: string): Line | undefined => {
  const ordered = orderedItem.exec(text)
  if (ordered) return { ordered: true, text: ordered[2] }
  const bullet = bulletItem.exec(text)
  return bullet ? { ordered: false, text: bullet[1] } : undefined
}

/** A list item starts a line of its own; furniture is never glued to article text, before or after it. */
const startsAlone = (line: string): boolean => Boolean(listItemOf(line) || furnitureReason(line))

/** The logical lines: wrapped lines joined back, whether a blank line or a plain break split them. */
const logicalLines = (text: string): string[] => {
  const lines: string[] = []
  for (const raw of normaliseText(text).split('\n')) {
    const line = raw.replace(/ +/g, ' ').trim()
    if (!line) continue
    const previous = lines.at(-1)
    const isJoined =
      previous !== undefined &&
      !startsAlone(line) &&
      !furnitureReason(previous) &&
      continuesLine({ lineAfter: line, lineBefore: previous })
    if (isJoined) lines[lines.length - 1] = `${previous} ${line}`
    else lines.push(line)
  }
  return lines
}

const runsOf = (text: string): Run[] => linkify(text)

export const parseText = (text: string): ParsedArticle => {
  const blocks: Block[] = []
  for (const line of logicalLines(text)) {
    const item = listItemOf(line)
    const previous = blocks.at(-1)
    if (item) {
      if (previous?.type === 'list' && previous.ordered === item.ordered) previous.items.push(runsOf(item.text))
      else blocks.push({ items: [runsOf(item.text)], ordered: Boolean(item.ordered), type: 'list' })
    } else if (isHeadingLike(line)) {
      blocks.push({ level: 2, runs: runsOf(line), type: 'heading' })
    } else {
      blocks.push({ runs: runsOf(line), type: 'paragraph' })
    }
  }
  return { blocks, dropped: [] }
}

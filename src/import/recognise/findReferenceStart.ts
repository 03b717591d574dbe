import type { Block } from '@/import/types'

// Where an article's reference section begins: a reference heading ("External References", "Sources", "In the
// News") with entries after it, or a closing numbered list of formatted citations with no heading at all.
import type { HeadingKind } from './referenceHeadingKind'

import { blockText } from './blockText'
import { parseCitation } from './parseCitation'
import { referenceHeadingKind } from './referenceHeadingKind'

export type ReferenceStart = { headingKind: HeadingKind; index: number }

/** Entries are short lines; a "Research" heading over paragraphs of prose is a section of the article. */
const isEntryLike = (block: Block): boolean => block.type === 'list' || blockText(block).length <= 300
/** A list of works opens with a work (a title, a headline, a citation list), not with a sentence of prose. */
const opensWithEntry = (block: Block | undefined): boolean =>
  Boolean(block && (block.type === 'list' || !/[.!?…]["'”’)\]]*$/.test(blockText(block))))

const isFormattedCitation = (text: string): boolean => {
  const citation = parseCitation(text)
  return Boolean(citation.doi || citation.pmid || citation.authors?.length || /\bet al\b/i.test(text))
}

export const findReferenceStart = (blocks: Block[]): ReferenceStart | undefined => {
  for (const [index, block] of blocks.entries()) {
    if (index === 0 || block.type === 'list') continue
    const headingKind = referenceHeadingKind(blockText(block))
    if (!headingKind) continue
    const after = blocks.slice(index + 1)
    // "References" says what follows; a "Studies" or "In the News" heading must be followed by a list of entries.
    const isListOfWorks = opensWithEntry(after[0]) && after.filter(isEntryLike).length / after.length >= 0.6
    if (after.length && (headingKind === 'any' || isListOfWorks)) return { headingKind, index }
  }
  const last = blocks.at(-1)
  if (last?.type === 'list' && last.ordered && last.items.length >= 2) {
    const formatted = last.items.filter((item) => isFormattedCitation(item.map((run) => run.text).join(''))).length
    if (formatted / last.items.length >= 0.5) return { headingKind: 'any', index: blocks.length - 1 }
  }
  return undefined
}

import type { Article, AuthorCandidate, Block, Dropped, ParsedArticle } from '@/import/types'

// From the blocks a parser read to an article: page furniture, comment threads and related-post teasers dropped,
// the title, bylines, author boxes and crisis banner recognised, and the reference section split off. Pure and
// format-agnostic: text, Markdown, HTML and WXR articles all pass through here.
import type { Byline } from './parseByline'

import { bioOf } from './bioOf'
import { blockText } from './blockText'
import { crisisLineOf } from './crisisLineOf'
import { findReferenceStart } from './findReferenceStart'
import { furnitureReason } from './furnitureReason'
import { parseByline } from './parseByline'
import { parseReferenceSection } from './parseReferenceSection'
import { referenceHeadingKind } from './referenceHeadingKind'
import { tailReason } from './tailReason'
import { titleKey } from './titleKey'

export type Structured = { article: Article; isOk: true } | { isOk: false; reason: string }

/** How many blocks from either end a crisis banner may sit: site chrome, not a sentence of the article. */
const bannerReach = 4
const signOff = /^(?:xoxo|warmly|cheers|best|sincerely|with love|love|yours|in health)\b/i

/** "friends having fun on beach at sunset": an image's alt text or caption left in the export. */
const isCaption = (block: Block, text: string): boolean =>
  block.type !== 'list' &&
  /^\p{Ll}/u.test(text) &&
  !/[.!?…:;,"”)]$/.test(text) &&
  text.split(' ').length <= 20 &&
  !signOff.test(text)

type Sorted = { bylines: Byline[]; crisisLine?: string; kept: Block[] }

/** Drops furniture and everything after a comments or related-posts heading (up to a reference heading). */
const sortBlocks = (blocks: Block[], dropped: Dropped[]): Sorted => {
  const sorted: Sorted = { bylines: [], kept: [] }
  let tail: string | undefined
  for (const [index, block] of blocks.entries()) {
    const text = blockText(block)
    const isShort = block.type !== 'list' && text.length <= 80
    if (tail && !(isShort && referenceHeadingKind(text))) {
      dropped.push({ reason: tail, text })
      continue
    }
    tail = undefined
    if (block.type === 'list') {
      sorted.kept.push(block)
      continue
    }
    const furniture = furnitureReason(text)
    const crisis = index < bannerReach || index >= blocks.length - bannerReach ? crisisLineOf(text) : undefined
    const byline = parseByline(text)
    tail = isShort ? tailReason(text) : undefined
    if (tail) dropped.push({ reason: tail, text })
    else if (furniture) dropped.push({ reason: furniture, text })
    else if (crisis) {
      sorted.crisisLine ??= crisis
      dropped.push({ reason: 'crisis banner (the clinic’s own crisis line is shown with every article)', text })
    } else if (byline) {
      sorted.bylines.push(byline)
      dropped.push({ reason: byline.role === 'author' ? 'byline' : 'reviewer line', text })
    } else if (isCaption(block, text)) dropped.push({ reason: 'image caption or alt text', text })
    else sorted.kept.push(block)
  }
  return sorted
}

/** Author boxes: a name line over a paragraph about that person ("About the author" above it, if any, goes too). */
const takeBios = (blocks: Block[], dropped: Dropped[]): { bios: AuthorCandidate[]; kept: Block[] } => {
  const bios: AuthorCandidate[] = []
  const kept: Block[] = []
  for (let index = 0; index < blocks.length; index += 1) {
    const [block, next] = [blocks[index], blocks[index + 1]]
    const bio =
      block.type !== 'list' && next?.type === 'paragraph'
        ? bioOf({ nameLine: blockText(block), paragraph: blockText(next) })
        : undefined
    if (!bio) {
      kept.push(block)
      continue
    }
    if (kept.length && /^about (?:the )?authors?$/i.test(blockText(kept[kept.length - 1])))
      dropped.push({ reason: 'author box', text: blockText(kept.pop() as Block) })
    bios.push(bio)
    dropped.push({ reason: 'author box', text: `${blockText(block)}: ${blockText(next)}` })
    index += 1
  }
  return { bios, kept }
}

const sameName = (a: string, b: string) => titleKey(a) === titleKey(b)

/** The post's author: the byline nearest the title, else the page's stated author, else an author box. */
const chooseAuthors = ({
  bios,
  bylines,
  metaAuthor,
  notes,
}: {
  bios: AuthorCandidate[]
  bylines: Byline[]
  metaAuthor?: string
  notes: string[]
}) => {
  const authorLines = bylines.filter((line) => line.role === 'author')
  const named = authorLines[0]?.name ?? metaAuthor ?? bios[0]?.name
  const withBio = (name: string): AuthorCandidate => {
    const line = authorLines.find((candidate) => sameName(candidate.name, name))
    const bio = bios.find((candidate) => sameName(candidate.name, name))
    return { ...bio, credentials: line?.credentials, name }
  }
  const author = named ? withBio(named) : undefined
  const others = [...authorLines.map((line) => line.name), ...bios.map((bio) => bio.name)].filter(
    (name, index, all) => !sameName(name, named ?? '') && all.findIndex((other) => sameName(other, name)) === index,
  )
  if (author && others.length)
    notes.push(
      `The page also names ${others.join(', ')}; the post's author is ${author.name}, from the byline nearest the title.`,
    )
  for (const reviewer of bylines.filter((line) => line.role === 'reviewer')) {
    notes.push(
      `The page names ${reviewer.name} as medical reviewer; in Vetted the medical reviewer is the editor who signs the post off.`,
    )
  }
  return { author, otherAuthors: others.map(withBio) }
}

export const structureArticle = (parsed: ParsedArticle): Structured => {
  const dropped = [...parsed.dropped]
  const notes: string[] = []
  const sorted = sortBlocks(parsed.blocks, dropped)
  if (!sorted.kept.length) return { isOk: false, reason: 'no article text was found, only page furniture' }
  let blocks = sorted.kept

  let title = parsed.title?.replace(/\s+/g, ' ').trim()
  const first = blocks[0]
  if (first && first.type !== 'list' && (!title || titleKey(blockText(first)) === titleKey(title))) {
    title ||= blockText(first)
    blocks = blocks.slice(1)
  }
  if (!title) return { isOk: false, reason: 'no title was found (the first line should be the article’s title)' }
  if (title.length > 200)
    return {
      isOk: false,
      reason: `the title found is ${title.length} characters long (at most 200): is the first line really the title?`,
    }

  const bios = takeBios(blocks, dropped)
  blocks = bios.kept
  const start = findReferenceStart(blocks)
  const referenceBlocks = start ? blocks.slice(start.index) : []
  const body = start ? blocks.slice(0, start.index) : blocks
  if (!body.some((block) => blockText(block).length > 0))
    return { isOk: false, reason: 'no article text was found, only a title and page furniture' }

  const referenceHeading = start && referenceBlocks[0].type !== 'list' ? blockText(referenceBlocks[0]) : undefined
  const references = parseReferenceSection({ blocks: referenceBlocks, headingKind: start?.headingKind })
  const { author, otherAuthors } = chooseAuthors({
    bios: bios.bios,
    bylines: sorted.bylines,
    metaAuthor: parsed.author,
    notes,
  })
  return {
    article: {
      author,
      blocks: body,
      categories: parsed.categories ?? [],
      crisisLine: sorted.crisisLine,
      dropped,
      notes,
      otherAuthors,
      referenceHeading,
      references,
      slug: parsed.slug,
      title,
    },
    isOk: true,
  }
}

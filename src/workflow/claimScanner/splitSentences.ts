// Sentence boundaries for the claim scanner. Node's built-in Intl.Segmenter (ICU, Unicode UAX #29) already keeps
// decimals ("0.7%"), lower-case continuations ("e.g. ketamine", "approx. 400"), quotes and ellipses together; it
// breaks wrongly after a title or an initial followed by a capital ("Dr. Smith", "J. Smith", "U.S. Food") and after
// a bare list number ("1. Glutamate"), and misses a break before a sentence that starts with a number ("…anesthetic.
// 20 years later…"). Two short passes mend those, so no npm dependency is needed.

import { continuesLine } from './continuesLine'

export type SentenceSpan = {
  /** Offset of the sentence's first non-space character in the text given. */
  start: number
  /** Offset just past its last non-space character. */
  end: number
  /** The sentence, trimmed, with whitespace runs collapsed and no space left before punctuation. */
  text: string
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Abbreviations ICU takes for a sentence end when a capital follows; they rarely end a sentence themselves. */
const nonFinalAbbreviation =
  /(?:^|[\s(“"‘'])(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Mt|Gen|Gov|Sen|Rep|Rev|Capt|Lt|Col|Sgt|Hon|Fig|Figs|No|Vol|vs|approx|e\.g|i\.e|cf|U\.S|U\.K|[A-Z])\.$/
/** "1." or "a)" alone: a list number, which belongs to the sentence after it. */
const listMarker = /^(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]$/
const hasWords = /[\p{L}\p{N}]/u
/** A full stop, then a sentence starting with a digit. */
const breakBeforeNumber = /[.!?]["'”’)\]]*\s+(?=\d)/g
/** Abbreviations that a number follows inside a sentence ("approx. 400", "No. 5", "Fig. 2"). */
const beforeNumberAbbreviation =
  /(?:^|\s)(?:approx|ca|no|nos|fig|figs|vol|p|pp|ch|sec|eq|ref|vs|est|n|e\.g|i\.e|[a-z])\.["'”’)\]]*$/i

/**
 * Text pasted from a web page is often hard-wrapped mid-sentence: a line break that continuesLine reads as a space
 * becomes one; otherwise it stays a break, so headings stay on their own. Line breaks become spaces of the same
 * length, so offsets into the text stay valid.
 */
const joinWrappedLines = (text: string): string =>
  text.replace(/[^\S\n]*(?:\r?\n[^\S\n]*)+/g, (gap, offset: number) => {
    const lineBefore = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset).trim()
    const nextLineStart = offset + gap.length
    const nextBreak = text.indexOf('\n', nextLineStart)
    const lineAfter = text.slice(nextLineStart, nextBreak === -1 ? text.length : nextBreak).trim()
    return continuesLine({ lineAfter, lineBefore }) ? ' '.repeat(gap.length) : gap
  })

const tidy = (sentence: string): string =>
  sentence
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (?=[.,;:!?](?: |$))/g, '')

type Range = { end: number; start: number }

/** V8's segmenter slows down sharply on long strings, so it is fed one line, or one bounded chunk of a line, at a time. */
const maxChunk = 4000

/** Cuts [start, end) into chunks of at most maxChunk characters, after a full stop and a space where there is one. */
const chunksOf = ({ end, start, text }: Range & { text: string }): Range[] => {
  const chunks: Range[] = []
  let from = start
  while (end - from > maxChunk) {
    const window = text.slice(from, from + maxChunk)
    const lastStop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '))
    const to = lastStop > 0 ? from + lastStop + 2 : from + maxChunk
    chunks.push({ end: to, start: from })
    from = to
  }
  chunks.push({ end, start: from })
  return chunks
}

/** ICU's sentences of one chunk, with breaks after titles, initials and bare list numbers mended. */
const segmentChunk = ({ chunk, text }: { chunk: Range; text: string }): Range[] => {
  const { end: chunkEnd, start: chunkStart } = chunk
  const ranges: Range[] = []
  let isContinuing = false
  for (const { index, segment } of segmenter.segment(text.slice(chunkStart, chunkEnd))) {
    const start = chunkStart + index
    const end = start + segment.length
    const last = ranges.at(-1)
    if (isContinuing && last) last.end = end
    else ranges.push({ end, start })
    const body = segment.trimEnd()
    isContinuing = nonFinalAbbreviation.test(body) || listMarker.test(body.trim())
  }
  return ranges
}

/** Splits a range where ICU ran a sentence into one that starts with a number ("…anesthetic. 20 years later…"). */
const splitBeforeNumbers = ({ range, text }: { range: Range; text: string }): Range[] => {
  const parts: Range[] = []
  let start = range.start
  for (const hit of text.slice(range.start, range.end).matchAll(breakBeforeNumber)) {
    const stop = range.start + hit.index + hit[0].trimEnd().length
    if (beforeNumberAbbreviation.test(text.slice(Math.max(start, stop - 16), stop))) continue
    const next = range.start + hit.index + hit[0].length
    parts.push({ end: next, start })
    start = next
  }
  parts.push({ end: range.end, start })
  return parts
}

export const splitSentences = (input: string): SentenceSpan[] => {
  const text = joinWrappedLines(input)
  const ranges: Range[] = []
  for (let lineStart = 0; lineStart < text.length;) {
    const lineBreak = text.indexOf('\n', lineStart)
    const lineEnd = lineBreak === -1 ? text.length : lineBreak
    for (const chunk of chunksOf({ end: lineEnd, start: lineStart, text })) {
      for (const range of segmentChunk({ chunk, text })) ranges.push(...splitBeforeNumbers({ range, text }))
    }
    lineStart = lineEnd + 1
  }
  return ranges.flatMap(({ end, start }) => {
    const raw = text.slice(start, end)
    if (!hasWords.test(raw)) return []
    const leading = raw.length - raw.trimStart().length
    return [{ end: start + raw.trimEnd().length, start: start + leading, text: tidy(raw) }]
  })
}

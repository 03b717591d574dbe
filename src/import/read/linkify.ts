import type { Run } from '@/import/types'

/** Bare addresses in plain text; a trailing full stop, comma or bracket belongs to the sentence, not the URL. */
const bareUrl = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]}'’”]/gi

/** Plain text as runs, each bare http(s) address a link, so a pasted DOI or PubMed link stays clickable. */
export const linkify = (text: string): Run[] => {
  const runs: Run[] = []
  let last = 0
  for (const match of text.matchAll(bareUrl)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) })
    runs.push({ href: match[0], text: match[0] })
    last = match.index + match[0].length
  }
  if (last < text.length) runs.push({ text: text.slice(last) })
  return runs
}

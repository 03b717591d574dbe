import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import type { Post } from '@/payload-types'

import type { InternalHref } from './bodyConverters'
import type { ReferenceLinks } from './referenceLinks'
import type { RenderLibrary, RenderReference } from './types'

import { bodyConverters } from './bodyConverters'
import { createCitationNumbering } from './citationNumbering'
import { formatAmaReference } from './formatAmaReference'
import { createHeadingOutline, type OutlineEntry } from './headingOutline'
import { sanitizeRenderedHtml } from './sanitizeRenderedHtml'

export type RenderedReference = {
  /** The id the reference list entry should carry, as the markers link to it: "ref-2". */
  anchor: string
  /** Ids of the markers citing this work, in reading order, for "jump back" links. */
  backlinks: string[]
  /** AMA style, sanitised. */
  html: string
  id: string
  kind: RenderReference['kind']
  links: ReferenceLinks
  number: number
  /** AMA style, plain text. */
  text: string
}

export type RenderedBody = {
  html: string
  /** The body's headings with their ids, for a table of contents. */
  outline: OutlineEntry[]
  /** Minutes to read the body at 230 words a minute, at least 1. */
  readingMinutes: number
  references: RenderedReference[]
}

const wordsPerMinute = 230

/** Words a reader reads: the text of the sanitised HTML, markers and tags aside. */
const minutesToRead = (html: string) => {
  const words = html
    .replace(/<sup class="citation">.*?<\/sup>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length
  return Math.max(1, Math.ceil(words / wordsPerMinute))
}

/**
 * A post body as clinic sites show it: sanitised HTML in which citations and approved claims carry numbered markers,
 * and the numbered reference list in AMA style. Works that are not vetted (or were retracted or trashed) and claims
 * that are not approved are left out entirely, whatever the body points at.
 */
export const renderPostBody = ({
  body,
  internalHref,
  library,
}: {
  body: Post['body'] | undefined
  /** Internal links (to other documents) are unlinked unless this gives them an address. */
  internalHref?: InternalHref
  library: RenderLibrary
}): RenderedBody => {
  if (!body?.root) return { html: '', outline: [], readingMinutes: 0, references: [] }
  const numbering = createCitationNumbering()
  const outline = createHeadingOutline()
  const html = convertLexicalToHTML({
    converters: bodyConverters({ heading: outline.add, internalHref, library, mark: numbering.mark }),
    data: body as unknown as SerializedEditorState,
    disableContainer: true,
  })
  const references = numbering.cited().map(({ backlinks, number, reference }) => ({
    anchor: `ref-${number}`,
    backlinks,
    id: reference.id,
    kind: reference.kind,
    number,
    ...formatAmaReference(reference),
  }))
  const safe = sanitizeRenderedHtml(html)
  return { html: safe, outline: outline.entries(), readingMinutes: minutesToRead(safe), references }
}

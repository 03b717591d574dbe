import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import type { Post } from '../../payload-types'
import type { InternalHref } from './bodyConverters'
import type { ReferenceLinks } from './referenceLinks'
import type { RenderLibrary, RenderReference } from './types'

import { bodyConverters } from './bodyConverters'
import { createCitationNumbering } from './citationNumbering'
import { formatAmaReference } from './formatAmaReference'
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

export type RenderedBody = { html: string; references: RenderedReference[] }

/**
 * A post body as clinic sites show it: sanitised HTML in which citations and approved claims carry numbered markers,
 * and the numbered reference list in AMA style. Works that are not vetted (or were retracted or trashed) and claims
 * that are not approved are left out entirely, whatever the body points at.
 */
export const renderPostBody = ({
  body,
  internalHref,
  library,
  mediaBaseUrl,
}: {
  body: Post['body'] | undefined
  /** Internal links (to other documents) are unlinked unless this gives them an address. */
  internalHref?: InternalHref
  library: RenderLibrary
  /** The CMS's public origin: images stored with relative addresses are made absolute against it. */
  mediaBaseUrl?: string
}): RenderedBody => {
  if (!body?.root) return { html: '', references: [] }
  const numbering = createCitationNumbering()
  const html = convertLexicalToHTML({
    converters: bodyConverters({ internalHref, library, mark: numbering.mark, mediaBaseUrl }),
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
  return { html: sanitizeRenderedHtml(html), references }
}

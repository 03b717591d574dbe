// Lexical → HTML converters for post bodies: Payload's own for ordinary nodes, ours for links (the project's one
// safe-URL rule), headings (ids for a table of contents), uploads (public /v1/media addresses and a srcset of the
// original's shape), citation and claim inline blocks (numbered markers), and anything unknown (its words only).
import type {
  SerializedAutoLinkNode,
  SerializedHeadingNode,
  SerializedLinkNode,
  SerializedUploadNode,
} from '@payloadcms/richtext-lexical'
import type { HTMLConverter, HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'

import escapeHtml from 'escape-html'

import type { Media } from '@/payload-types'

import { serializeImage } from '@/delivery/serializers/serializeImage'
import { isSafeUrl } from '@/utilities/safeUrl'

import type { BlockFields } from './libraryMarkers'
import type { RenderLibrary, RenderReference } from './types'

import { headingText } from './headingOutline'
import { libraryMarkers } from './libraryMarkers'

/** Turns an internal link's target document into an address on the clinic site, or nothing to leave it unlinked. */
export type InternalHref = (doc: SerializedLinkNode['fields']['doc']) => null | string | undefined

type Options = {
  /** Gives a heading its id in the body and records it in the outline. */
  heading: (level: number, text: string) => string
  internalHref?: InternalHref
  library: RenderLibrary
  mark: (reference: RenderReference) => string
}

/** A body column is rarely wider than this; the browser picks from the srcset by it. */
const bodyImageSizes = '(max-width: 48rem) 100vw, 48rem'

type InlineBlockNode = { fields?: BlockFields; type: 'inlineBlock' }
type SiblingArgs = { childIndex: number; parent: { children?: unknown[] } }

// AMA cites a page as "2(p15)"; a table or figure as written: "2(Table 3)".
const locatorText = (locator: string) => (/^\d+(?:[-–]\d+)?$/.test(locator) ? `(p${locator})` : `(${locator})`)

export const bodyConverters = ({ heading: outline, internalHref, library, mark }: Options): HTMLConvertersFunction => {
  // Payload's own converter points at /api/media/file (which needs a login) and offers every size, crops included,
  // as <source>s. A site gets the public address, the original's width and height, and only same-shape sizes.
  const upload: HTMLConverter<SerializedUploadNode> = ({ node, providedStyleTag }) => {
    const image = serializeImage(node.value as Media | string | undefined)
    if (!image) return ''
    const alt = (node.fields as null | { alt?: string } | undefined)?.alt || image.alt
    const dimensions = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : ''
    return `<img${providedStyleTag} alt="${escapeHtml(alt)}" src="${escapeHtml(image.url)}" srcset="${escapeHtml(image.srcset)}" sizes="${bodyImageSizes}"${dimensions} loading="lazy" decoding="async" />`
  }

  const link: HTMLConverter<SerializedAutoLinkNode | SerializedLinkNode> = ({ node, nodesToHTML }) => {
    const children = nodesToHTML({ nodes: node.children }).join('')
    const { doc, linkType, newTab, url } = node.fields ?? {}
    const href = linkType === 'internal' ? internalHref?.(doc) : url
    // A link the editor should have refused (raw JSON, an import, an older rule) keeps its words and loses its <a>.
    if (typeof href !== 'string' || !isSafeUrl(href)) return children
    return `<a href="${escapeHtml(href.trim())}"${newTab ? ' target="_blank"' : ''}>${children}</a>`
  }

  // Two markers side by side would read as one number ("12"), so the second opens with a comma ("1,2").
  const followsMarker = ({ childIndex, parent }: SiblingArgs) => {
    const previous = parent.children?.[childIndex - 1] as InlineBlockNode | undefined
    return previous?.type === 'inlineBlock' && libraryMarkers(previous, library).references.length > 0
  }

  const citation: HTMLConverter<InlineBlockNode> = ({ childIndex, node, parent }) => {
    const { references } = libraryMarkers(node, library)
    if (references.length === 0) return ''
    const locator = node.fields?.locator?.trim()
    const comma = followsMarker({ childIndex, parent: parent as SiblingArgs['parent'] }) ? ',' : ''
    return `<sup class="citation">${comma}${references.map(mark).join(',')}${locator ? escapeHtml(locatorText(locator)) : ''}</sup>`
  }

  // The site shows the claim's approved wording, followed by markers for the works it rests on.
  const claim: HTMLConverter<InlineBlockNode> = ({ node }) => {
    const { claim: approved, references } = libraryMarkers(node, library)
    if (!approved) return ''
    const markers = references.length > 0 ? `<sup class="citation">${references.map(mark).join(',')}</sup>` : ''
    return `<span class="claim" data-claim="${escapeHtml(approved.id)}">${escapeHtml(approved.statement.trim())}${markers}</span>`
  }

  // Each heading gets an id a table of contents can link to; Lexical keeps the level in `tag`.
  const heading: HTMLConverter<SerializedHeadingNode> = ({ node, nodesToHTML, providedStyleTag }) => {
    const children = nodesToHTML({ nodes: node.children }).join('')
    const tag = /^h[1-6]$/.test(node.tag) ? node.tag : 'h2'
    const id = outline(Number(tag.slice(1)), headingText(node.children as never))
    return `<${tag} id="${id}"${providedStyleTag}>${children}</${tag}>`
  }

  const unknown: HTMLConverter<SerializedLexicalNode & { children?: SerializedLexicalNode[] }> = ({
    node,
    nodesToHTML,
  }) => (Array.isArray(node.children) ? nodesToHTML({ nodes: node.children }).join('') : '')

  return ({ defaultConverters }) => ({
    ...defaultConverters,
    autolink: link,
    heading,
    link,
    inlineBlocks: { citation, claim },
    unknown,
    upload,
  })
}

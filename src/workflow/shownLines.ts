// What a post shows, as labelled lines of text a person can compare: each field a site shows, and the body one
// block per line with its citations and claims written out by their reference and wording. The review panel
// diffs the signed-off version's lines against the current ones. Pure.
import type { ShownContent } from './shownContent'

import { libraryBlockOf } from './libraryBlockOf'

export type ShownLine = { label: string; text: string }

type Node = { children?: unknown[]; tag?: unknown; text?: unknown; type?: unknown }

const blockTypes = new Set(['heading', 'listitem', 'paragraph', 'quote'])

/** One block's words, inline citations and claims spelled out. */
const inlineText = (node: unknown, shown: ShownContent, depth = 0): string => {
  if (!node || typeof node !== 'object' || depth > 64) return ''
  const block = libraryBlockOf(node)
  if (block?.kind === 'citation') {
    const reference = shown.references.find(({ id }) => id === block.referenceId)
    return ` [citation: ${reference ? `${reference.title}${reference.year ? ` (${reference.year})` : ''}` : 'a missing reference'}]`
  }
  if (block?.kind === 'claim') {
    const claim = shown.claims.find(({ id }) => id === block.claimId)
    return ` [claim: “${claim?.statement ?? 'a missing claim'}”]`
  }
  const { children, text } = node as Node
  if (typeof text === 'string') return text
  return Array.isArray(children) ? children.map((child) => inlineText(child, shown, depth + 1)).join('') : ''
}

const bodyLines = (body: unknown, shown: ShownContent): ShownLine[] => {
  const lines: ShownLine[] = []
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 64) return
    const { children, tag, type } = node as Node
    if (
      typeof type === 'string' &&
      blockTypes.has(type) &&
      !(children ?? []).some((child) => (child as Node)?.type === 'list')
    ) {
      const text = inlineText(node, shown).replace(/\s+/g, ' ').trim()
      if (text) lines.push({ label: type === 'heading' ? `Heading (${String(tag ?? 'h2')})` : 'Body', text })
      return
    }
    if (type === 'upload') lines.push({ label: 'Body image', text: 'an image' })
    if (Array.isArray(children)) children.forEach((child) => visit(child, depth + 1))
  }
  visit((body as { root?: unknown } | null)?.root, 0)
  return lines
}

export const shownLines = (shown: ShownContent, names: { topics: ReadonlyMap<string, string> }): ShownLine[] => [
  { label: 'Title', text: shown.title },
  { label: 'Address', text: `/${shown.slug}` },
  { label: 'Excerpt', text: shown.excerpt },
  { label: 'Search title', text: shown.seo.title },
  { label: 'Search description', text: shown.seo.description },
  { label: 'Canonical address', text: shown.seo.canonicalUrl },
  { label: 'Search engines', text: shown.seo.noIndex ? 'hidden' : 'shown' },
  {
    label: 'Author',
    text: shown.author ? [shown.author.name, shown.author.credentials].filter(Boolean).join(', ') : '(none)',
  },
  { label: 'Topics', text: shown.topics.map((id) => names.topics.get(id) ?? id).join(', ') },
  ...shown.images.map(({ alt, caption, file }) => ({
    label: 'Image',
    text: `${file}: ${alt}${caption ? ` (caption: ${caption})` : ''}`,
  })),
  ...bodyLines(shown.body, shown),
]

// Turns the seed's Markdown (with {{cite:DOI}} and {{claim:KEY}} markers) into a post body: Payload's own
// Markdown converter builds the Lexical tree, then each marker becomes a citation or claim inline block.
import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertMarkdownToLexical } from '@payloadcms/richtext-lexical'
import { randomBytes } from 'node:crypto'

type Node = { children?: Node[]; text?: string; type: string; [key: string]: unknown }

type Resolve = { claim: (key: string) => string; reference: (doi: string) => string }

const marker = /\{\{(cite|claim):([^}]+)\}\}/g

const inlineBlock = (fields: Record<string, unknown>): Node => ({
  type: 'inlineBlock',
  fields: { id: randomBytes(12).toString('hex'), blockName: '', ...fields },
  version: 1,
})

const splitMarkers = (node: Node, resolve: Resolve): Node[] => {
  if (node.type !== 'text' || !node.text || !node.text.includes('{{')) return [node]
  const parts: Node[] = []
  let last = 0
  for (const match of node.text.matchAll(marker)) {
    const [whole, kind, key] = match
    if (match.index > last) parts.push({ ...node, text: node.text.slice(last, match.index) })
    parts.push(
      kind === 'cite'
        ? inlineBlock({ blockType: 'citation', reference: resolve.reference(key.trim()) })
        : inlineBlock({ blockType: 'claim', claim: resolve.claim(key.trim()) }),
    )
    last = match.index + whole.length
  }
  if (last < node.text.length) parts.push({ ...node, text: node.text.slice(last) })
  return parts
}

const walk = (node: Node, resolve: Resolve): Node =>
  node.children
    ? { ...node, children: node.children.flatMap((child) => splitMarkers(walk(child, resolve), resolve)) }
    : node

export const markdownToBody = ({
  editorConfig,
  markdown,
  resolve,
}: {
  editorConfig: SanitizedServerEditorConfig
  markdown: string
  resolve: Resolve
}): SerializedEditorState => {
  const state = convertMarkdownToLexical({ editorConfig, markdown }) as unknown as { root: Node }
  return { root: walk(state.root, resolve) } as unknown as SerializedEditorState
}

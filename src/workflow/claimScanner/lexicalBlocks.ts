// Flattens a Payload Lexical editor state into the blocks a reader sees as separate runs of text (paragraphs,
// headings, quotes, list items), each with the offsets where a citation or claim inline block sits in it.

import { type LibraryBlock, libraryBlockOf } from '@/workflow/libraryBlockOf'

/** A citation or claim that points at something, and its offset into its block's text. */
export type Anchor = { at: number; block: LibraryBlock }

export type TextBlock = {
  anchors: Anchor[]
  text: string
}

type LexicalNode = { children?: unknown; fields?: unknown; text?: unknown; type?: unknown }

const textBlockTypes = new Set(['heading', 'listitem', 'paragraph', 'quote'])
/** Bounds recursion on malformed or hostile input; real editor states are a handful of levels deep. */
const maxDepth = 64

const isNode = (value: unknown): value is LexicalNode =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

const childrenOf = (node: LexicalNode): unknown[] => (Array.isArray(node.children) ? node.children : [])

export const lexicalBlocks = (body: unknown): TextBlock[] => {
  const blocks: TextBlock[] = []

  /** Adds a node's inline content to block; a block-level node met on the way (a nested list) becomes its own block. */
  const collectInline = (node: LexicalNode, block: TextBlock, depth: number): void => {
    for (const child of childrenOf(node)) {
      if (!isNode(child) || depth > maxDepth) continue
      // A citation with a reference, or a claim with a library claim; an empty block just inserted does not count.
      const library = libraryBlockOf(child)
      if (child.type === 'text' && typeof child.text === 'string') block.text += child.text
      else if (child.type === 'linebreak') block.text += '\n'
      else if (child.type === 'tab') block.text += '\t'
      else if (library) block.anchors.push({ at: block.text.length, block: library })
      else if (textBlockTypes.has(String(child.type)) || child.type === 'list') visit(child, depth + 1)
      else collectInline(child, block, depth + 1)
    }
  }

  const visit = (node: LexicalNode, depth: number): void => {
    if (depth > maxDepth) return
    if (textBlockTypes.has(String(node.type))) {
      const block: TextBlock = { anchors: [], text: '' }
      blocks.push(block)
      collectInline(node, block, depth + 1)
      return
    }
    for (const child of childrenOf(node)) if (isNode(child)) visit(child, depth + 1)
  }

  const root = isNode(body) ? (body as { root?: unknown }).root : undefined
  if (isNode(root)) visit(root, 0)
  return blocks
}

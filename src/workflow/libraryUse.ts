// Which references and claims a Lexical body uses, read from its citation and claim inline blocks.
import { libraryBlockOf } from './libraryBlockOf'

type LexicalNode = { children?: LexicalNode[] }

export type LibraryUse = { claimIds: string[]; referenceIds: string[] }

/** Bounds recursion on malformed or hostile input; real editor states are a handful of levels deep. */
const maxDepth = 64

/** Ids in order of first appearance, each once: citation numbering follows this order. */
export const findLibraryUse = (body: unknown): LibraryUse => {
  const referenceIds = new Set<string>()
  const claimIds = new Set<string>()
  const visit = (node: LexicalNode | undefined, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > maxDepth) return
    const block = libraryBlockOf(node)
    if (block?.kind === 'citation') referenceIds.add(block.referenceId)
    if (block?.kind === 'claim') claimIds.add(block.claimId)
    if (Array.isArray(node.children)) node.children.forEach((child) => visit(child, depth + 1))
  }
  visit((body as { root?: LexicalNode } | null | undefined)?.root, 0)
  return { claimIds: [...claimIds], referenceIds: [...referenceIds] }
}

// Which references and claims a Lexical body uses, read from its citation and claim inline blocks.

type LexicalNode = { children?: LexicalNode[]; fields?: Record<string, unknown>; type?: string }

export type LibraryUse = { claimIds: string[]; referenceIds: string[] }

const idOf = (value: unknown): null | string => {
  if (typeof value === 'string' && value) return value
  if (typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/** Ids in order of first appearance, each once: citation numbering follows this order. */
export const findLibraryUse = (body: unknown): LibraryUse => {
  const referenceIds = new Set<string>()
  const claimIds = new Set<string>()
  const visit = (node: LexicalNode | undefined): void => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'inlineBlock' || node.type === 'block') {
      const { blockType, claim, reference } = node.fields ?? {}
      const id = blockType === 'citation' ? idOf(reference) : blockType === 'claim' ? idOf(claim) : null
      if (id) (blockType === 'citation' ? referenceIds : claimIds).add(id)
    }
    if (Array.isArray(node.children)) node.children.forEach(visit)
  }
  visit((body as { root?: LexicalNode } | null | undefined)?.root)
  return { claimIds: [...claimIds], referenceIds: [...referenceIds] }
}

// The one answer to "is this Lexical node a citation or a claim, and what does it point at?". The post editor
// offers them only as inline blocks, so a `block` node carrying the same fields (raw JSON, an old import) is not
// one: the scanner, the publish gate, "where used" and the renderer all ask here and so agree.

export type LibraryBlock = { claimId: string; kind: 'claim' } | { kind: 'citation'; referenceId: string }

type MaybeNode = { fields?: unknown; type?: unknown }

const idOfValue = (value: unknown): null | string => {
  if (typeof value === 'string') return value.trim() ? value : null
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null
  if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value)
    return idOfValue((value as { id: unknown }).id)
  return null
}

/** The library entry an inline block points at; null for anything else, and for a block not pointing anywhere yet. */
export const libraryBlockOf = (node: unknown): LibraryBlock | null => {
  if (!node || typeof node !== 'object') return null
  const { fields, type } = node as MaybeNode
  if (type !== 'inlineBlock' || !fields || typeof fields !== 'object') return null
  const { blockType, claim, reference } = fields as { blockType?: unknown; claim?: unknown; reference?: unknown }
  if (blockType === 'citation') {
    const referenceId = idOfValue(reference)
    return referenceId ? { kind: 'citation', referenceId } : null
  }
  if (blockType === 'claim') {
    const claimId = idOfValue(claim)
    return claimId ? { claimId, kind: 'claim' } : null
  }
  return null
}

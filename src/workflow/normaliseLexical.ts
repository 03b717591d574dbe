// What of a Lexical editor state is content: the same words, blocks and links always normalise to the same value.
/** Keys of a Lexical node that change when the editor re-renders it without anyone changing what it says. */
const volatileNodeKeys = new Set(['direction', 'id', 'textFormat', 'textStyle'])
/** A block's own id and label are bookkeeping; what it points at is content. */
const blockBookkeeping = new Set(['blockName', 'id'])

const isLexicalNode = (node: object): boolean => 'type' in node && 'version' in node
const isBlockFields = (node: object): boolean => 'blockType' in node
/** A relationship read with depth > 0 arrives as the whole document; only which document counts. */
const isPopulated = (value: unknown): value is { id: number | string } =>
  Boolean(value && typeof value === 'object' && !Array.isArray(value) && 'id' in value)

/** A Lexical state with what the editor rewrites on its own (node ids, text direction) left out, and relationships as ids. */
export const normaliseLexical = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(normaliseLexical)
  if (!node || typeof node !== 'object') return node
  const isNode = isLexicalNode(node)
  const dropped = isNode ? volatileNodeKeys : isBlockFields(node) ? blockBookkeeping : new Set<string>()
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !dropped.has(key))
      .map(([key, value]) => [key, !isNode && isPopulated(value) ? String(value.id) : normaliseLexical(value)]),
  )
}

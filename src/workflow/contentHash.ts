// The fingerprint of what a medical editor approves. The body holds the text and, through its inline
// blocks, every claim and citation, so hashing it covers all three.
import { createHash } from 'node:crypto'
import { stringify } from 'safe-stable-stringify'

/** Keys of a Lexical node that change when the editor re-renders it without anyone changing what it says. */
const volatileNodeKeys = new Set(['direction', 'id', 'textFormat', 'textStyle'])
/** A block's own id and label are bookkeeping; what it points at is content. */
const blockBookkeeping = new Set(['blockName', 'id'])

const isLexicalNode = (node: object): boolean => 'type' in node && 'version' in node
const isBlockFields = (node: object): boolean => 'blockType' in node
/** A relationship read with depth > 0 arrives as the whole document; only which document counts. */
const isPopulated = (value: unknown): value is { id: number | string } =>
  Boolean(value && typeof value === 'object' && !Array.isArray(value) && 'id' in value)

const normalise = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(normalise)
  if (!node || typeof node !== 'object') return node
  const dropped = isLexicalNode(node) ? volatileNodeKeys : isBlockFields(node) ? blockBookkeeping : new Set<string>()
  const isNode = isLexicalNode(node)
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !dropped.has(key))
      .map(([key, value]) => [key, !isNode && isPopulated(value) ? String(value.id) : normalise(value)]),
  )
}

export const contentHash = ({ body }: { body: unknown }): string =>
  `sha256:${createHash('sha256')
    .update(stringify(normalise(body ?? null)) ?? '')
    .digest('hex')}`

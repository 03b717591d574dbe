// The fingerprint of what a medical editor approves. The body holds the text and, through its inline
// blocks, every claim and citation, so hashing it covers all three.
import { createHash } from 'node:crypto'
import { stringify } from 'safe-stable-stringify'

/** Keys that change when the editor re-renders a document without anyone changing what it says. */
const volatileKeys = new Set(['blockName', 'direction', 'id', 'textFormat', 'textStyle'])

const stripVolatile = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(stripVolatile)
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node as Record<string, unknown>)
      .filter(([key]) => !volatileKeys.has(key))
      .map(([key, value]) => [key, stripVolatile(value)]),
  )
}

export const contentHash = ({ body }: { body: unknown }): string =>
  `sha256:${createHash('sha256').update(stringify(stripVolatile(body ?? null)) ?? '').digest('hex')}`

// Whether a value is shaped like a Lexical editor state (a root node, nodes with a type, children in lists);
// Payload's rich-text hooks assume that shape and fail with a 500 on anything else.
type LexicalNode = { children?: unknown; type?: unknown }

export const lexicalShapeProblem = (value: unknown): null | string => {
  if (value === null || value === undefined) return null
  const root = (value as { root?: unknown })?.root
  if (typeof value !== 'object' || !root || typeof root !== 'object' || Array.isArray(root))
    return 'must be a rich-text document with a "root" node.'
  const pending: unknown[] = [root]
  while (pending.length) {
    const node = pending.pop() as LexicalNode
    if (!node || typeof node !== 'object' || Array.isArray(node) || typeof node.type !== 'string')
      return 'every node of the rich text must be an object with a "type".'
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return `the children of a "${node.type}" node must be a list.`
    pending.push(...(node.children as unknown[]))
  }
  return null
}

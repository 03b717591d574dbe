// Post bodies as the Lexical editor stores them: a sentence, a link, inline blocks (citations or claims), or any
// nodes, for tests that write posts.
import type { Post } from '@/payload-types'

/** A Lexical body whose root holds these nodes, as the editor stores it. */
export const bodyOfNodes = (...children: Record<string, unknown>[]): Post['body'] =>
  ({
    root: { children, direction: null, format: '', indent: 0, type: 'root', version: 1 },
  }) as Post['body']

const paragraphOf = (...children: Record<string, unknown>[]) => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  type: 'paragraph',
  version: 1,
})

const textNode = (text: string) => ({ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 })

export const bodyOf = (text: string): Post['body'] => bodyOfNodes(paragraphOf(textNode(text)))

/** A paragraph holding one link. */
export const bodyWithLink = (url: string): Post['body'] =>
  bodyOfNodes(
    paragraphOf({
      children: [textNode('click')],
      direction: null,
      fields: { linkType: 'custom', newTab: false, url },
      format: '',
      indent: 0,
      type: 'link',
      version: 3,
    }),
  )

/** A body of one sentence followed by inline blocks (citations or claims) given as their fields. */
export const withBlocks = (text: string, ...blocks: Record<string, unknown>[]): Post['body'] => {
  const body = bodyOf(text) as unknown as { root: { children: { children: unknown[] }[] } }
  blocks.forEach((fields, index) =>
    body.root.children[0].children.push({
      type: 'inlineBlock',
      fields: { blockName: '', id: `block-${index}`, ...fields },
      version: 1,
    }),
  )
  return body as unknown as Post['body']
}

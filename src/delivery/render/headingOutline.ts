import { slugify } from '@/utilities/slugify'

export type OutlineEntry = {
  /** The heading's id in the body HTML ("section-side-effects"), for a table of contents to link to. */
  id: string
  level: number
  text: string
}

type TextLike = { children?: TextLike[]; text?: unknown; type?: string }

/** The words of a heading as written: its text nodes, without citation or claim markers. */
export const headingText = (nodes: TextLike[] = []): string =>
  nodes
    .map((node) =>
      node.type === 'text' && typeof node.text === 'string'
        ? node.text
        : node.children
          ? headingText(node.children)
          : '',
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * The body's headings in reading order, each given an id unique within the body. Ids start with "section-", the
 * one prefix the sanitiser lets through on headings, so body HTML can never clobber a page's own element ids.
 */
export const createHeadingOutline = () => {
  const entries: OutlineEntry[] = []
  const taken = new Set<string>()
  const add = (level: number, text: string): string => {
    const base = `section-${slugify(text) || 'heading'}`
    let id = base
    for (let count = 2; taken.has(id); count += 1) id = `${base}-${count}`
    taken.add(id)
    entries.push({ id, level, text })
    return id
  }
  return { add, entries: (): OutlineEntry[] => [...entries] }
}

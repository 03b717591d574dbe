// The article as a post body: Lexical JSON in exactly the shape Payload's own Markdown converter writes (the tests
// compare the two), plus the reference section as a list whose every entry carries a citation inline block.
// Built by hand rather than through convertHTMLToLexical: that needs JSDOM and a headless editor, and the importer
// already holds the article as blocks after recognising its furniture, bylines and references.
import { createHash } from 'node:crypto'

import type { Article, Block, ReferenceEntry, Run } from '@/import/types'

type LexicalNode = Record<string, unknown>

export type LexicalBody = { root: LexicalNode }

const element = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
})

/** Stable ids, so importing the same article twice writes the same body. */
const stableId = (seed: string) => createHash('sha1').update(seed).digest('hex').slice(0, 24)

const textNode = (run: Run): LexicalNode =>
  run.text === '\n'
    ? { type: 'linebreak', version: 1 }
    : { detail: 0, format: run.format ?? 0, mode: 'normal', style: '', text: run.text, type: 'text', version: 1 }

/** Runs as inline nodes; neighbouring runs with one address share one link node. */
const inlineNodes = (runs: Run[], seed: string): LexicalNode[] => {
  const nodes: LexicalNode[] = []
  let link: LexicalNode | undefined
  runs.forEach((run, index) => {
    if (!run.href) {
      link = undefined
      nodes.push(textNode(run))
      return
    }
    const fields = link?.fields as { url?: string } | undefined
    if (!link || fields?.url !== run.href) {
      link = {
        ...element('link', []),
        fields: { linkType: 'custom', newTab: false, url: run.href },
        id: stableId(`${seed}:${index}:${run.href}`),
        version: 3,
      }
      nodes.push(link)
    }
    ;(link.children as LexicalNode[]).push(textNode({ ...run, href: undefined }))
  })
  return nodes
}

const listNode = ({ items, ordered }: { items: LexicalNode[][]; ordered: boolean }): LexicalNode =>
  element(
    'list',
    items.map((children, index) => element('listitem', children, { value: index + 1 })),
    { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
  )

const blockNode = (block: Block, seed: string): LexicalNode => {
  switch (block.type) {
    case 'heading':
      return element('heading', inlineNodes(block.runs, seed), { tag: `h${block.level}` })
    case 'list':
      return listNode({
        items: block.items.map((item, index) => inlineNodes(item, `${seed}:${index}`)),
        ordered: block.ordered,
      })
    case 'quote':
      return element('quote', inlineNodes(block.runs, seed))
    case 'paragraph':
      return element('paragraph', inlineNodes(block.runs, seed), { textFormat: 0, textStyle: '' })
  }
}

const citation = (referenceId: string, seed: string): LexicalNode => ({
  fields: { blockName: '', blockType: 'citation', id: stableId(`${seed}:${referenceId}`), reference: referenceId },
  type: 'inlineBlock',
  version: 1,
})

/** A reference entry as it read in the article, followed by its citation (when it has a library record). */
const entryNodes = ({
  entry,
  referenceId,
  seed,
}: {
  entry: ReferenceEntry
  referenceId?: string
  seed: string
}): LexicalNode[] => {
  const runs = entry.runs.length ? entry.runs : [{ text: entry.title }]
  const text = inlineNodes(runs, seed)
  return referenceId ? [...text, textNode({ text: ' ' }), citation(referenceId, seed)] : text
}

export const toLexical = ({
  article,
  referenceIdOf,
}: {
  article: Article
  referenceIdOf: (entry: ReferenceEntry) => string | undefined
}): LexicalBody => {
  const children = article.blocks.map((block, index) => blockNode(block, `block:${index}`))
  if (article.references.length) {
    children.push(element('heading', [textNode({ text: article.referenceHeading ?? 'References' })], { tag: 'h2' }))
    article.references.forEach((group, groupIndex) => {
      if (group.heading) children.push(element('heading', [textNode({ text: group.heading })], { tag: 'h3' }))
      const items = group.entries.map((entry, index) =>
        entryNodes({ entry, referenceId: referenceIdOf(entry), seed: `reference:${groupIndex}:${index}` }),
      )
      children.push(listNode({ items, ordered: false }))
    })
  }
  return { root: element('root', children) }
}

// The article as a post body: the same Lexical shape Payload's own Markdown converter writes, and a citation on
// every reference entry, so the scanner reads those entries as cited and the rest of the body as it is.
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { describe, expect, it } from 'vitest'

import type { Article } from '@/import/types'

import { parseMarkdown } from '@/import/read/parseMarkdown'
import { structureArticle } from '@/import/recognise/structureArticle'
import { toLexical } from '@/import/write/toLexical'
import { scanLexical } from '@/workflow/claimScanner'
import { findLibraryUse } from '@/workflow/libraryUse'

const markdown =
  '## How it works\n\nA paragraph with **bold**, *italic* and [a link](https://example.com/x).\n\n- one\n- two\n\n1. first\n2. second\n\n> A quote.'

/** Node ids are random in Payload's converter and stable in the importer's; neither is content. */
const withoutIds = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutIds)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => key !== 'id')
            .map(([key, inner]) => [key, withoutIds(inner)]),
        )
      : value

const articleOf = (text: string): Article => {
  const structured = structureArticle(parseMarkdown(text))
  if (!structured.isOk) throw new Error(structured.reason)
  return structured.article
}

describe('toLexical', () => {
  it('writes the same nodes as Payload’s convertMarkdownToLexical for headings, paragraphs, formats, links, lists and quotes', async () => {
    const config = await (await import('../../../payload.config')).default
    const editorConfig = await editorConfigFactory.default({ config })
    const payloads = convertMarkdownToLexical({ editorConfig, markdown })
    const ours = toLexical({ article: articleOf(`# Title\n\n${markdown}`), referenceIdOf: () => undefined })
    expect(withoutIds(ours)).toEqual(withoutIds(payloads))
  })

  it('ends with the reference section, every entry followed by a citation of its library record', () => {
    const article = articleOf(
      '# Ketamine\n\nKetamine helps 70% of patients.\n\n## Sources\n\n- Ketamine is a safe and effective drug: a review\n- Another study of ketamine\n',
    )
    const ids = new Map(article.references[0].entries.map((entry, index) => [entry, `ref-${index}`]))
    const body = toLexical({ article, referenceIdOf: (entry) => ids.get(entry) })
    expect(findLibraryUse(body).referenceIds).toEqual(['ref-0', 'ref-1'])
    const flags = scanLexical(body)
    expect(flags.find((flag) => flag.sentence.startsWith('Ketamine helps 70%'))?.isResolved).toBe(false)
    // An entry's title may read as a claim; its own citation resolves it, and it says nothing about the body.
    expect(flags.find((flag) => flag.sentence.startsWith('Ketamine is a safe and effective drug'))?.isResolved).toBe(
      true,
    )
  })

  it('writes the same body for the same article, so a re-import compares like with like', () => {
    const article = articleOf('# T\n\nText with [a link](https://example.com).\n\n## References\n\n- A study\n')
    const build = () => toLexical({ article, referenceIdOf: () => 'ref-1' })
    expect(build()).toEqual(build())
  })
})

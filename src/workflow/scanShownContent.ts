// The claim scanner over everything a clinic site shows of a post: the body, and the title, excerpt, SEO title and
// description, and every image's alt text and caption. Only the body can carry a citation; a flagged sentence
// elsewhere is resolved when the body says the same sentence with its support, or else by an editor's waiver.
import type { FlaggedSentence } from './claimScanner'
import type { ShownContent } from './shownContent'

import { scanLexical, scanText } from './claimScanner'

export type ShownField = 'alt' | 'body' | 'caption' | 'excerpt' | 'seoDescription' | 'seoTitle' | 'title'

export type ShownFlag = FlaggedSentence & { field: ShownField }

export const shownFieldLabels: Record<ShownField, string> = {
  alt: 'an image’s alt text',
  body: 'the body',
  caption: 'an image’s caption',
  excerpt: 'the excerpt',
  seoDescription: 'the search description',
  seoTitle: 'the search title',
  title: 'the title',
}

export const scanShownContent = (
  shown: Pick<ShownContent, 'body' | 'excerpt' | 'images' | 'seo' | 'title'>,
): ShownFlag[] => {
  const body = scanLexical(shown.body).map((flag) => ({ ...flag, field: 'body' as const }))
  const resolvedInBody = new Set(body.filter((flag) => flag.isResolved).map((flag) => flag.key))
  const fields: [ShownField, string][] = [
    ['title', shown.title],
    ['excerpt', shown.excerpt],
    ['seoTitle', shown.seo.title],
    ['seoDescription', shown.seo.description],
    ...shown.images.flatMap(({ alt, caption }): [ShownField, string][] => [
      ['alt', alt],
      ['caption', caption],
    ]),
  ]
  const seen = new Set(body.map((flag) => flag.key))
  const others = fields.flatMap(([field, text]) =>
    scanText(text).flatMap((flag) => {
      if (seen.has(flag.key)) return []
      seen.add(flag.key)
      return [{ ...flag, field, isResolved: resolvedInBody.has(flag.key) }]
    }),
  )
  return [...body, ...others]
}

// What a sign-off covers, in the words the review panel shows the editor before signing: every field and library
// entry the content hash is taken over (see shownContent), as a site will show it.
import type { ShownContent } from './shownContent'

export type CoverageSection = { items: string[]; label: string }

export type CoverageNames = { topics: Map<string, string> }

const orNone = (value: string) => value.trim() || '(empty)'

const words = (body: unknown): number => {
  let count = 0
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 64) return
    const { children, text } = node as { children?: unknown[]; text?: unknown }
    if (typeof text === 'string') count += text.split(/\s+/).filter(Boolean).length
    if (Array.isArray(children)) children.forEach((child) => visit(child, depth + 1))
  }
  visit((body as { root?: unknown } | null)?.root, 0)
  return count
}

const authorLines = (author: ShownContent['author']): string[] => {
  if (!author) return ['Author: (none)']
  const byline = [author.name || '(missing)', author.credentials].filter(Boolean).join(', ')
  return [
    `Author: ${byline}${author.jobTitle ? ` (${author.jobTitle})` : ''}`,
    `Author’s bio: ${orNone(author.bio ?? '')}`,
    author.photo ? 'Author’s photo: shown' : 'Author’s photo: none',
  ]
}

export const signOffCoverage = ({ names, shown }: { names: CoverageNames; shown: ShownContent }): CoverageSection[] => [
  {
    label: 'Text',
    items: [
      `Title: ${orNone(shown.title)}`,
      `Address: /${shown.slug}`,
      `Excerpt: ${orNone(shown.excerpt)}`,
      `Body: ${words(shown.body)} words, with its citations and claims`,
    ],
  },
  {
    label: 'Search and social',
    items: [
      `Search title: ${orNone(shown.seo.title)}`,
      `Search description: ${orNone(shown.seo.description)}`,
      `Canonical address: ${orNone(shown.seo.canonicalUrl)}`,
      shown.seo.noIndex ? 'Hidden from search engines' : 'Shown to search engines',
    ],
  },
  {
    label: 'Images',
    items: shown.images.map(({ alt, caption }) => `Alt text: ${orNone(alt)}${caption ? `; caption: ${caption}` : ''}`),
  },
  {
    label: 'Author and topics',
    items: [
      ...authorLines(shown.author),
      `Topics: ${shown.topics.map((id) => names.topics.get(id) ?? id).join(', ') || '(none)'}`,
    ],
  },
  {
    label: 'Library claims, as approved',
    items: shown.claims.map(({ statement, status }) => `“${statement}” (${status || 'missing'})`),
  },
  {
    label: 'References, as vetted',
    items: shown.references.map(({ title, vettingStatus }) => `${orNone(title)} (${vettingStatus || 'missing'})`),
  },
]

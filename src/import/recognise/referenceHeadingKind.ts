// Headings that open an article's reference list, or a group inside it. "any" means the entries' own shape decides
// whether each is a study or news; "study" and "news" name the group's kind.

export type HeadingKind = 'any' | 'news' | 'study'

const headings: { kind: HeadingKind; pattern: RegExp }[] = [
  {
    kind: 'any',
    pattern:
      /^(?:external |scientific |further |cited |selected |key |our )?(?:references?|sources?|citations?|bibliography|works cited|further reading|reading list|literature cited)$/i,
  },
  {
    kind: 'study',
    pattern:
      /^(?:(?:scientific|research|medical|clinical|peer[- ]reviewed|published|academic)\s+)?(?:articles?|studies|research|papers?|publications?|journal articles?|literature)(?:\s+(?:and|&)\s+(?:clinical\s+)?(?:trials?|studies|reviews?))?$/i,
  },
  { kind: 'study', pattern: /^clinical (?:trials?|studies)(?:\s+(?:and|&)\s+(?:studies|reviews?))?$/i },
  { kind: 'news', pattern: /^(?:[\p{L}'’ -]{0,40}\s)?in the (?:news|media|press)$/iu },
  { kind: 'news', pattern: /^(?:news|press|media)(?: coverage| articles?| mentions?| links| stories)?$/i },
]

export const referenceHeadingKind = (line: string): HeadingKind | undefined => {
  const text = line.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '')
  if (text.length > 60) return undefined
  return headings.find(({ pattern }) => pattern.test(text))?.kind
}

import type { RenderReference } from './types'

type Author = NonNullable<RenderReference['authors']>[number]

// AMA 11th ed. §3.15.1: up to six authors are named; with seven or more, the first three and "et al".
const maxNamed = 6
const namedWhenTruncated = 3

// Already initials when stored as PubMed does ("RM", "JB"): a short run of capitals with nothing else.
const storedInitials = /^[A-Z]{1,4}$/

/** "Robert M." → "RM", "R. M." → "RM", "Jean-Pierre" → "J-P", "RM" stays "RM". AMA uses no periods. */
const initialsOf = (given: string): string => {
  const trimmed = given.trim()
  if (storedInitials.test(trimmed)) return trimmed
  return trimmed
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((part) =>
      part
        .split('-')
        .filter(Boolean)
        .map((piece) => piece.charAt(0).toUpperCase())
        .join('-'),
    )
    .join('')
}

const authorName = ({ family, given, suffix }: Author): string =>
  [family.trim(), given ? initialsOf(given) : '', suffix ? suffix.replace(/\./g, '').trim() : '']
    .filter(Boolean)
    .join(' ')

/** The author element of an AMA reference, without its closing period: "Berman RM, Cappiello A, Anand A, et al". */
export const amaAuthorList = (authors: RenderReference['authors']): string => {
  const named = (authors ?? []).filter((author) => author.family?.trim())
  if (named.length === 0) return ''
  const shown = named.length > maxNamed ? named.slice(0, namedWhenTruncated) : named
  const names = shown.map(authorName)
  return named.length > maxNamed ? [...names, 'et al'].join(', ') : names.join(', ')
}

/** The short form a picker or an in-text mention uses: "Anand A", "Anand A, Mathew SJ", "Anand A, et al". */
export const amaShortAuthors = (authors: RenderReference['authors']): string => {
  const named = (authors ?? []).filter((author) => author.family?.trim())
  if (named.length <= 2) return named.map(authorName).join(', ')
  return `${authorName(named[0])}, et al`
}

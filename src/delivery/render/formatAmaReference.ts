import escapeHtml from 'escape-html'

// A library reference written out in AMA style (AMA Manual of Style, 11th ed., §3.15), as plain text and as HTML.
import type { ReferenceLinks } from './referenceLinks'
import type { RenderReference } from './types'

import { amaAuthorList } from './amaAuthorList'
import { referenceLinks } from './referenceLinks'
import { sanitizeRenderedHtml } from './sanitizeRenderedHtml'

export type AmaReference = {
  /** The AMA text with the journal in italics, the DOI (or URL) linked, then a PubMed link when there is a PMID. */
  html: string
  links: ReferenceLinks
  /** The AMA text itself, e.g. "Berman RM, … Biol Psychiatry. 2000;47(4):351-354. doi:10.1016/…". */
  text: string
}

type Part = { html: string; text: string }

const plain = (text: string): Part => ({ html: escapeHtml(text), text })
const link = (href: string, text: string): Part => ({
  html: `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`,
  text,
})

/** AMA closes each element with a period, unless it already ends in one, a question or an exclamation. */
const closed = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`)

/** "2000;47(4):351-354." — year, volume, issue and pages as AMA joins them, each only when known. */
const journalLocation = ({
  issue,
  pages,
  volume,
  year,
}: Pick<RenderReference, 'issue' | 'pages' | 'volume' | 'year'>): string => {
  const volumePart =
    volume?.trim() || issue?.trim() ? `;${volume?.trim() ?? ''}${issue?.trim() ? `(${issue.trim()})` : ''}` : ''
  const location = `${year ?? ''}${volumePart}${pages?.trim() ? `:${pages.trim()}` : ''}`
  return location ? `${location.replace(/^;/, '')}.` : ''
}

const isJournalArticle = (reference: Pick<RenderReference, 'journal' | 'kind'>): boolean =>
  reference.kind !== 'news' && Boolean(reference.journal?.trim())

export const formatAmaReference = (
  reference: Pick<
    RenderReference,
    'authors' | 'doi' | 'issue' | 'journal' | 'kind' | 'pages' | 'pmid' | 'title' | 'url' | 'volume' | 'year'
  >,
): AmaReference => {
  const links = referenceLinks(reference)
  const parts: Part[] = []
  const authors = amaAuthorList(reference.authors)
  if (authors) parts.push(plain(closed(authors)))
  parts.push(plain(closed(reference.title.trim())))

  const outlet = reference.journal?.trim()
  if (isJournalArticle(reference)) {
    // The journal, abbreviated as PubMed does, in italics; then "year;volume(issue):pages."
    parts.push({ html: `<em>${escapeHtml(outlet)}</em>.`, text: `${outlet}.` })
    const location = journalLocation(reference)
    if (location) parts.push(plain(location))
  } else {
    // News and web items (§3.15.9, §3.15.1): the outlet in roman, as for a website, since "news" here is mostly
    // a regulator's or a newspaper's web page; then the year, which is all the date the library keeps.
    if (outlet) parts.push(plain(closed(outlet)))
    if (reference.year) parts.push(plain(`${reference.year}.`))
  }

  // AMA prefers the DOI to a URL and ends the reference with it, without a period.
  if (links.doi) parts.push(link(links.doi, `doi:${reference.doi?.trim()}`))
  else if (links.url) parts.push(link(links.url, links.url))

  const text = parts.map((part) => part.text).join(' ')
  const pubmed = links.pubmed ? ` ${link(links.pubmed, 'PubMed').html}` : ''
  return { html: sanitizeRenderedHtml(parts.map((part) => part.html).join(' ') + pubmed), links, text }
}

// Bylines: "By Tessa Eskin", "Article by: Taylor Carter", "Written by Jane Doe, MSN, CRNA | March 3, 2021",
// and the reviewer lines some clinics print ("Medically reviewed by Dr. Ann Lee").
import type { AuthorCandidate } from '@/import/types'

import { personName } from './personName'

export type Byline = AuthorCandidate & { role: 'author' | 'reviewer' }

const authorLead = /^(?:by|written by|article by|posted by|authored by|words by|author)\s*:?\s+(.+)$/i
const reviewerLead = /^(?:medically\s+|clinically\s+)?reviewed by\s*:?\s+(.+)$/i
/** Letters after a name: "MD", "M.D.", "PhD", "CRNA", "PMHNP-BC", "LCSW". */
const credential = /^(?:[A-Z][A-Za-z.]{0,7}(?:-[A-Z]{1,4})?)$/
/** What follows a byline on the same line: a date, a reading time, a separator. */
const trailer = /\s+(?:on\s+\S.*|[|·•–—-]\s+.*|\d{1,2}\/\d{1,2}\/\d{2,4}.*)$/

export const parseByline = (line: string): Byline | undefined => {
  const text = line.replace(/\s+/g, ' ').trim()
  if (text.length > 120) return undefined
  const lead = authorLead.exec(text) ?? reviewerLead.exec(text)
  if (!lead) return undefined
  const role = reviewerLead.test(text) ? 'reviewer' : 'author'
  const [namePart, ...rest] = lead[1].replace(trailer, '').split(/,\s*/)
  const name = personName(namePart)
  if (!name) return undefined
  const credentials = rest.filter((part) => credential.test(part.trim()))
  return { credentials: credentials.length ? credentials.join(', ') : undefined, name, role }
}

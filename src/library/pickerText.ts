// What a library picker shows and searches for each entry. A reference reads with its AMA short form, journal,
// year, study type and vetting status, a claim with its status and re-review date, so a writer picks knowing what
// they cite. Search matches the starts of words ("ECT" finds "ECT", not "side effects").
import type { Claim, Reference } from '@/payload-types'

import { amaShortAuthors } from '@/delivery/render/amaAuthorList'

import { claimStatuses } from '../../collections/Claims/options'
import { referenceKinds, vettingStatuses } from '../../collections/References/options'

const labelOf = (options: { label: string; value: string }[], value: null | string | undefined) =>
  options.find((option) => option.value === value)?.label ?? value ?? ''

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

export type PickedReference = Pick<Reference, 'authors' | 'journal' | 'kind' | 'title' | 'vettingStatus' | 'year'>
export type PickedClaim = Pick<Claim, 'reReviewBy' | 'statement' | 'status'>

/** "Ketamine versus ECT for… — Anand A, et al. N Engl J Med. 2023 · Randomised trial · Vetted" */
export const referencePickerLabel = (reference: Partial<PickedReference>): string => {
  const source = [amaShortAuthors(reference.authors), reference.journal?.trim(), reference.year]
    .filter(Boolean)
    .join('. ')
  const facts = [
    labelOf(referenceKinds, reference.kind),
    labelOf(vettingStatuses, reference.vettingStatus ?? 'unvetted'),
  ]
  return `${clip(reference.title?.trim() ?? '', 160)}${source ? ` — ${source}` : ''} · ${facts.filter(Boolean).join(' · ')}`
}

/** "Ketamine was non-inferior to ECT in one large trial. · Approved · re-review by 2027-06-01" */
export const claimPickerLabel = (claim: Partial<PickedClaim>): string => {
  const reReview = claim.reReviewBy ? ` · re-review by ${String(claim.reReviewBy).slice(0, 10)}` : ''
  return `${clip(claim.statement?.trim() ?? '', 240)} · ${labelOf(claimStatuses, claim.status ?? 'draft')}${reReview}`
}

/** The words of these texts, lower case, each after a space: " ketamine versus ect …", so " ect" finds a word start. */
export const searchWordsOf = (...texts: (null | number | string | undefined)[]): string => {
  const words = texts
    .filter((text) => text !== null && text !== undefined)
    .join(' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
  return words ? ` ${[...new Set(words)].join(' ')}` : ''
}

/** The query words, as searchWordsOf splits them, each to be found at the start of a word. */
export const queryWordsOf = (query: string): string[] => query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

export const referenceSearchWords = (reference: Partial<PickedReference> & Pick<Partial<Reference>, 'pmid'>) =>
  searchWordsOf(
    reference.title,
    ...(reference.authors ?? []).map((author) => author.family),
    reference.journal,
    reference.year,
    reference.pmid,
  )

export const claimSearchWords = (claim: Partial<PickedClaim>) => searchWordsOf(claim.statement)

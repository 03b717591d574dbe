// The narrow shapes the renderers read. A types-only module (the one exception to one export per file), so the
// router can hand Payload documents straight in while the renderers stay blind to every field they do not use.
import type { Claim, Reference } from '@/payload-types'

/** What formatting, numbering and JSON-LD read from a library reference. */
export type RenderReference = Pick<
  Reference,
  | 'authors'
  | 'doi'
  | 'id'
  | 'issue'
  | 'journal'
  | 'kind'
  | 'pages'
  | 'pmid'
  | 'title'
  | 'url'
  | 'vettingStatus'
  | 'volume'
  | 'year'
> &
  Partial<Pick<Reference, 'deletedAt'>>

/** A library claim; its supporting references may be ids (looked up in the library) or resolved documents. */
export type RenderClaim = Pick<Claim, 'id' | 'statement' | 'status'> &
  Partial<Pick<Claim, 'deletedAt' | 'reReviewBy'>> & { supportingReferences?: (RenderReference | string)[] | null }

/** The library documents a post body points at, by id. */
export type RenderLibrary = {
  /** The moment the page is rendered for: a claim past its re-review date by then is not shown. Defaults to now. */
  asOf?: Date
  claims: ReadonlyMap<string, RenderClaim>
  references: ReadonlyMap<string, RenderReference>
}

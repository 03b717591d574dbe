// The importer's intermediate model: every format (text, Markdown, HTML, WXR) is read into these blocks first, so
// furniture, bylines, crisis banners and reference sections are recognised the same way whatever the source was.

/** A run of text with Lexical's format bits (1 bold, 2 italic, 4 strikethrough, 8 underline, 16 code) and an optional link. */
export type Run = { format?: number; href?: string; text: string }

export type Block =
  | { level: 2 | 3 | 4 | 5 | 6; runs: Run[]; type: 'heading' }
  | { items: Run[][]; ordered: boolean; type: 'list' }
  | { runs: Run[]; type: 'paragraph' }
  | { runs: Run[]; type: 'quote' }

/** What was left out of the body, and why, so the import report can say so. */
export type Dropped = { reason: string; text: string }

/** An article as a parser read it, before furniture, bylines and references are recognised. */
export type ParsedArticle = {
  blocks: Block[]
  /** Bylines a format states outright (HTML meta author, WXR dc:creator, front matter). */
  author?: string
  /** Where the article lived: a canonical URL, a WXR guid; the file name when the source says nothing. */
  canonicalUrl?: string
  categories?: string[]
  dropped: Dropped[]
  slug?: string
  title?: string
}

export type ReferenceKind =
  'guideline' | 'meta-analysis' | 'news' | 'observational' | 'preclinical' | 'review' | 'study' | 'trial'

/** One entry of an article's reference section, with whatever its text gives away. */
export type ReferenceEntry = {
  authors?: { family: string; given?: string; suffix?: string }[]
  doi?: string
  issue?: string
  journal?: string
  kind: ReferenceKind
  pages?: string
  pmid?: string
  summary?: string
  /** The entry as it read in the article, link and all: what the body keeps next to the citation. */
  runs: Run[]
  title: string
  url?: string
  volume?: string
  year?: number
}

/** A group of references under one heading ("Scientific Articles and Clinical Trials", "In the News"). */
export type ReferenceGroup = { entries: ReferenceEntry[]; heading?: string }

export type AuthorCandidate = { bio?: string; credentials?: string; jobTitle?: string; name: string }

/** An article ready to become a post: body blocks without furniture, and everything recognised around them. */
export type Article = {
  author?: AuthorCandidate
  blocks: Block[]
  categories: string[]
  crisisLine?: string
  dropped: Dropped[]
  /** Other people the page names (an author box beside a byline), kept so their bios are not lost. */
  otherAuthors: AuthorCandidate[]
  notes: string[]
  referenceHeading?: string
  references: ReferenceGroup[]
  slug?: string
  title: string
}

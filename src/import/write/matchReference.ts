// A reference entry of an imported article, matched to the shared library (by DOI, PubMed ID or address, else by
// its title's words) or proposed to it as a new, unvetted entry by the importing user.
import type { PayloadRequest, Where } from 'payload'

import type { ReferenceEntry } from '@/import/types'
import type { Reference } from '@/payload-types'

import { titleKey } from '@/import/recognise/titleKey'
import { isHttpUrl } from '@/utilities/safeUrl'

export type MatchedReference = { id: string; isCreated: boolean }

const as = (req: PayloadRequest) =>
  ({ depth: 0, overrideAccess: false, pagination: false, req, user: req.user }) as const

const findOne = async ({ req, where }: { req: PayloadRequest; where: Where }) => {
  const { docs } = await req.payload.find({
    collection: 'references',
    limit: 1,
    select: { title: true },
    where,
    ...as(req),
  })
  return docs[0]
}

/** Library entries whose titles reduce to the same words: narrowed in the database by the title's longest words. */
const findByTitle = async ({ req, title }: { req: PayloadRequest; title: string }) => {
  const key = titleKey(title)
  const words = [...new Set(key.split(' '))].sort((a, b) => b.length - a.length).slice(0, 3)
  if (!words.length) return undefined
  const { docs } = await req.payload.find({
    collection: 'references',
    limit: 50,
    select: { title: true },
    where: { title: { like: words.join(' ') } },
    ...as(req),
  })
  return docs.find((doc) => titleKey(doc.title) === key)
}

const clip = (value: string | undefined, max: number) => (value && value.length <= max ? value : undefined)

/** The fields a new library entry gets: only what the entry's text gave, within the collection's limits. */
const proposalOf = (entry: ReferenceEntry): Partial<Reference> => ({
  authors: entry.authors?.map(({ family, given, suffix }) => ({ family, given, suffix })),
  doi: entry.doi,
  issue: clip(entry.issue, 20),
  journal: entry.journal,
  kind: entry.kind,
  pages: clip(entry.pages, 40),
  pmid: entry.pmid,
  summary: entry.summary?.slice(0, 2000),
  title: entry.title.slice(0, 500),
  url: entry.url && isHttpUrl(entry.url) ? entry.url : undefined,
  volume: clip(entry.volume, 20),
  year: entry.year && entry.year >= 1800 && entry.year <= 2100 ? entry.year : undefined,
})

export const matchReference = async ({
  entry,
  req,
}: {
  entry: ReferenceEntry
  req: PayloadRequest
}): Promise<MatchedReference> => {
  const byIdentifier =
    (entry.doi && (await findOne({ req, where: { doi: { equals: entry.doi } } }))) ||
    (entry.pmid && (await findOne({ req, where: { pmid: { equals: entry.pmid } } }))) ||
    (entry.url && (await findOne({ req, where: { url: { equals: entry.url } } })))
  const found = byIdentifier || (await findByTitle({ req, title: entry.title }))
  if (found) return { id: String(found.id), isCreated: false }
  // Created as the importing user: the library records them as its proposer, and it starts unvetted.
  const created = await req.payload.create({
    collection: 'references',
    data: proposalOf(entry) as Reference,
    ...as(req),
  })
  return { id: String(created.id), isCreated: true }
}

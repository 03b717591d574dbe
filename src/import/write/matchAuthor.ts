// A byline or author box of an imported article, matched to an author of the clinic (by name or slug) or created
// in it. A match keeps what the clinic already wrote about the person; only empty fields are filled from the page,
// and only while no live article shows the author (then their words are a medical editor's: liveShownWords).
import type { PayloadRequest } from 'payload'

import type { AuthorCandidate } from '@/import/types'
import type { Author } from '@/payload-types'

import { isEditorOrAdmin } from '@/access/roles'
import { isShownAuthor } from '@/delivery/queries/isShownAuthor'
import { titleKey } from '@/import/recognise/titleKey'
import { slugify } from '@/utilities/slugify'

export type MatchedAuthor = { filled: string[]; id: string; isCreated: boolean; kept: string[] }

const fillable = ['bio', 'credentials', 'jobTitle'] as const

export const matchAuthor = async ({
  candidate,
  clinicId,
  req,
}: {
  candidate: AuthorCandidate
  clinicId: string
  req: PayloadRequest
}): Promise<MatchedAuthor> => {
  const as = { depth: 0, overrideAccess: false, req, user: req.user } as const
  const slug = slugify(candidate.name) ?? 'author'
  const { docs } = await req.payload.find({
    collection: 'authors',
    limit: 20,
    pagination: false,
    where: {
      and: [{ clinic: { equals: clinicId } }, { or: [{ slug: { equals: slug } }, { name: { like: candidate.name } }] }],
    },
    ...as,
  })
  const existing = docs.find((doc) => doc.slug === slug || titleKey(doc.name) === titleKey(candidate.name))
  if (!existing) {
    const data = {
      bio: candidate.bio,
      clinic: clinicId,
      credentials: candidate.credentials,
      jobTitle: candidate.jobTitle,
      name: candidate.name,
      slug,
    }
    const created = await req.payload.create({ collection: 'authors', data: data as Author, ...as })
    return { filled: [], id: String(created.id), isCreated: true, kept: [] }
  }
  const missing = fillable.filter((field) => candidate[field] && !existing[field])
  const isLocked =
    missing.length > 0 &&
    !isEditorOrAdmin(req.user) &&
    (await isShownAuthor({ authorId: String(existing.id), clinicId, payload: req.payload }))
  const filled = isLocked ? [] : missing
  if (filled.length) {
    await req.payload.update({
      collection: 'authors',
      data: Object.fromEntries(filled.map((field) => [field, candidate[field]])),
      id: existing.id,
      ...as,
    })
  }
  return { filled, id: String(existing.id), isCreated: false, kept: isLocked ? missing : [] }
}

import type { PayloadRequest } from 'payload'

/**
 * The article's slug, or the first of "slug-2", "slug-3", … that no post of the clinic (trashed ones included)
 * holds, so an imported article never collides with one the clinic already has.
 */
export const freeSlug = async ({
  clinicId,
  req,
  slug,
}: {
  clinicId: string
  req: PayloadRequest
  slug: string
}): Promise<string> => {
  const base = slug.slice(0, 110).replace(/-+$/, '')
  const candidates = [base, ...Array.from({ length: 49 }, (_, index) => `${base}-${index + 2}`)]
  const { docs } = await req.payload.find({
    collection: 'posts',
    depth: 0,
    limit: candidates.length,
    // Slugs are unique across the whole clinic, including posts this user may not see.
    overrideAccess: true,
    pagination: false,
    req,
    select: { slug: true },
    trash: true,
    where: { and: [{ clinic: { equals: clinicId } }, { slug: { in: candidates } }] },
  })
  const taken = new Set(docs.map((doc) => doc.slug))
  return candidates.find((candidate) => !taken.has(candidate)) ?? `${base}-${Date.now().toString(36)}`
}

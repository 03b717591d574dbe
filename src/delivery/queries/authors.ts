// The clinic's authors as /v1 reads them: every author belongs to one clinic, so each query names it.
import type { Payload } from 'payload'

import type { Author } from '@/payload-types'

type ClinicQuery = { clinicId: string; payload: Payload }

/** The clinic's author with this slug, photo populated, or undefined. */
export const authorBySlug = async ({
  clinicId,
  payload,
  slug,
}: ClinicQuery & { slug: string }): Promise<Author | undefined> => {
  const { docs } = await payload.find({
    collection: 'authors',
    depth: 1,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { and: [{ clinic: { equals: clinicId } }, { slug: { equals: slug } }] },
  })
  return docs[0]
}

/** Only the id of the clinic's author with this slug (a filter of the post list), or undefined. */
export const authorIdBySlug = async ({ clinicId, payload, slug }: ClinicQuery & { slug: string }) => {
  const { docs } = await payload.find({
    collection: 'authors',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: {},
    where: { and: [{ clinic: { equals: clinicId } }, { slug: { equals: slug } }] },
  })
  return docs[0]?.id
}

/** All the clinic's authors by name, photos populated, shown or not (isShownAuthor decides). */
export const authorsByName = async ({ clinicId, payload }: ClinicQuery): Promise<Author[]> => {
  const { docs } = await payload.find({
    collection: 'authors',
    depth: 1,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'name',
    where: { clinic: { equals: clinicId } },
  })
  return docs
}

import type { FindUses } from './refuseDeleteWhileUsed'

const owned = ['posts', 'authors', 'media'] as const

/** A clinic's posts, authors and media (trashed ones too): deleting the clinic would leave them with no clinic. */
export const clinicContents: FindUses = async ({ id, req }) => {
  const counts = await Promise.all(
    owned.map(async (collection) => {
      const { totalDocs } = await req.payload.count({
        collection,
        overrideAccess: true,
        req,
        trash: true,
        where: { clinic: { equals: id } },
      })
      return totalDocs ? [`${totalDocs} ${collection}`] : []
    }),
  )
  return counts.flat()
}

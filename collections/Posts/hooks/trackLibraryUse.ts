import type { CollectionBeforeChangeHook } from 'payload'

import type { Post } from '@/payload-types'

import { findLibraryUse } from '@/workflow/libraryUse'

import { slugs } from '../../slugs'

/**
 * Keeps `claimsUsed` and `citedReferences` in step with the body, so "where used" on every reference and
 * claim is a plain query. A claim's supporting references count as cited: a retraction must find the post.
 */
export const trackLibraryUse: CollectionBeforeChangeHook<Post> = async ({ data, req }) => {
  if (data.body === undefined) return data
  const { claimIds, referenceIds } = findLibraryUse(data.body)
  const claims = claimIds.length
    ? await req.payload.find({
        collection: slugs.claims,
        depth: 0,
        joins: false,
        limit: claimIds.length,
        // What a claim rests on is a fact of the library, whoever is saving the post.
        overrideAccess: true,
        pagination: false,
        req,
        select: { supportingReferences: true },
        trash: true,
        where: { id: { in: claimIds } },
      })
    : { docs: [] }
  const throughClaims = claims.docs.flatMap((claim) =>
    (claim.supportingReferences ?? []).map((reference) => (typeof reference === 'object' ? reference.id : reference)),
  )
  return {
    ...data,
    citedReferences: [...new Set([...referenceIds, ...throughClaims])],
    claimsUsed: claimIds,
  }
}

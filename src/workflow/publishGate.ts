// The publish gate's Payload side: loads the library entries a post's body points at and asks
// findPublishBlockers what stands in the way. The gate hook and the blocker panel both call this.
import type { PayloadRequest } from 'payload'

import type { Post } from '../payload-types'
import type { Blocker, LibraryClaim, LibraryReference } from './publishBlockers'

import { findLibraryUse } from './libraryUse'
import { findPublishBlockers } from './publishBlockers'

type PostContent = Pick<Post, 'body' | 'signOff' | 'waivers'>

export const publishBlockersFor = async ({
  post,
  req,
}: {
  post: PostContent
  req: PayloadRequest
}): Promise<Blocker[]> => {
  const { claimIds, referenceIds } = findLibraryUse(post.body)
  // The state of the library is a fact, whoever asks: read it regardless of the user's own access.
  const claims = claimIds.length
    ? await req.payload.find({
        collection: 'claims',
        depth: 0,
        joins: false,
        limit: claimIds.length,
        overrideAccess: true,
        pagination: false,
        req,
        trash: true,
        where: { id: { in: claimIds } },
      })
    : { docs: [] }
  const references = referenceIds.length
    ? await req.payload.find({
        collection: 'references',
        depth: 0,
        joins: false,
        limit: referenceIds.length,
        overrideAccess: true,
        pagination: false,
        req,
        trash: true,
        where: { id: { in: referenceIds } },
      })
    : { docs: [] }
  return findPublishBlockers({
    body: post.body,
    claims: new Map<string, LibraryClaim>(
      claims.docs.filter((claim) => !claim.deletedAt).map((claim) => [String(claim.id), claim]),
    ),
    now: new Date(),
    references: new Map<string, LibraryReference>(
      references.docs.filter((reference) => !reference.deletedAt).map((reference) => [String(reference.id), reference]),
    ),
    signOff: post.signOff,
    waivers: (post.waivers ?? []).map(({ key, note }) => ({ key, note })),
  })
}

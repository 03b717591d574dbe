// Reads a post as it is live now, with the library entries it uses: the inputs of renderDeliveryDocuments.
import type { Payload, PayloadRequest, Where } from 'payload'

import type { Author, Claim, Clinic, Post, Reference } from '@/payload-types'

import { publishedPostsOf } from '@/delivery/queries/publishedPosts'
import { idOf } from '@/utilities/idOf'

export type LivePostInputs = {
  claims: Claim[]
  post: Post
  references: Reference[]
  /** The clinic's author page that is the signing editor's profile, if an admin made one. */
  reviewerProfile?: Author | null
}

const asDelivery = { overrideAccess: true, pagination: false } as const

export const loadLivePost = async ({
  clinic,
  payload,
  req,
  where,
}: {
  clinic: Pick<Clinic, 'id'>
  payload: Payload
  req?: PayloadRequest
  /** Which post: by slug or id. */
  where: Where
}): Promise<LivePostInputs | null> => {
  const { docs } = await payload.find({
    ...asDelivery,
    collection: 'posts',
    depth: 2,
    limit: 1,
    // Only what the article shows: never the "where used" joins of references and claims, which reach every post.
    populate: { claims: { statement: true }, references: { title: true }, users: { name: true } },
    req,
    where: publishedPostsOf(clinic.id, where),
  })
  const post = docs[0]
  if (!post) return null
  const referenceIds = (post.citedReferences ?? []).map(idOf)
  const claimIds = (post.claimsUsed ?? []).map(idOf)
  const signer = post.signOff?.signedOffBy
  const [references, claims, profiles] = await Promise.all([
    referenceIds.length
      ? payload.find({
          ...asDelivery,
          collection: 'references',
          depth: 0,
          joins: false,
          req,
          where: { id: { in: referenceIds } },
        })
      : { docs: [] as Reference[] },
    claimIds.length
      ? payload.find({
          ...asDelivery,
          collection: 'claims',
          depth: 0,
          joins: false,
          req,
          where: { id: { in: claimIds } },
        })
      : { docs: [] as Claim[] },
    signer
      ? payload.find({
          ...asDelivery,
          collection: 'authors',
          depth: 1,
          limit: 1,
          req,
          sort: 'createdAt',
          where: { and: [{ clinic: { equals: clinic.id } }, { reviewer: { equals: idOf(signer) } }] },
        })
      : { docs: [] as Author[] },
  ])
  return { claims: claims.docs, post, references: references.docs, reviewerProfile: profiles.docs[0] ?? null }
}

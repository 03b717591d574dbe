// The library entries a post shows and its reviewer's profile: what renderDeliveryDocuments needs beside the post.
// The live article (loadLivePost) and the editor's preview (renderPreview) both read them here, so both render alike.
import type { Payload, PayloadRequest } from 'payload'

import type { Author, Claim, Clinic, Post, Reference } from '@/payload-types'

import { idOf } from '@/utilities/idOf'

export type RenderLibraryInputs = {
  claims: Claim[]
  references: Reference[]
  /** The clinic's author page that is the signing editor's profile, if an admin made one. */
  reviewerProfile: Author | null
}

// The library is shared and a site shows what the post points at whoever reads it: the renderer decides what shows.
const asDelivery = { overrideAccess: true, pagination: false } as const

export const loadRenderLibrary = async ({
  clinic,
  payload,
  post,
  req,
}: {
  clinic: Pick<Clinic, 'id'>
  payload: Payload
  post: Pick<Post, 'citedReferences' | 'claimsUsed' | 'signOff'>
  req?: PayloadRequest
}): Promise<RenderLibraryInputs> => {
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
  return { claims: claims.docs, references: references.docs, reviewerProfile: profiles.docs[0] ?? null }
}

// The delivery table's writes and reads. Append-only: a render adds a row and supersedes the post's current one;
// nothing here updates rendered content or deletes a row.
import type { Payload, PayloadRequest, Where } from 'payload'

import type { Clinic, DeliveryDocument } from '@/payload-types'

import { bumpDeliveryGeneration } from '@/delivery/cache/deliveryGeneration'
import { idOf } from '@/utilities/idOf'

import type { DeliveryDocuments } from './renderDeliveryDocuments'

import { indexedFieldsOf } from './indexedFieldsOf'
import { type LivePostInputs, loadLivePost } from './loadLivePost'
import { renderDeliveryDocuments } from './renderDeliveryDocuments'
import { renderVersion } from './renderVersion'

export const deliveryDocuments = 'delivery-documents'
export const deliveryChanges = 'delivery-changes'

/** Rows not superseded: at most one per post, the one /v1 serves. */
export const currentRowsOf = (clinicId: string, ...conditions: Where[]): Where => ({
  and: [{ clinic: { equals: clinicId } }, { supersededAt: { exists: false } }, ...conditions],
})

/** Every write here is server code standing in for no user: the table has no API access at all. */
const asServer = { overrideAccess: true } as const

/** Marks the post's current rows superseded: it stops being served (unpublish, trash) or a new row replaces them. */
export const supersedeRowsOf = async ({
  olderThan,
  postId,
  req,
  sparing,
}: {
  /** Only rows rendered before this moment (or at it). */
  olderThan?: Date
  postId: string
  req: PayloadRequest
  /** The row just written, never superseded by its own render. */
  sparing?: string
}): Promise<number> => {
  const { docs } = await req.payload.update({
    ...asServer,
    collection: deliveryDocuments,
    data: { supersededAt: new Date().toISOString() },
    depth: 0,
    req,
    select: {},
    where: {
      and: [
        { post: { equals: postId } },
        { supersededAt: { exists: false } },
        ...(sparing ? [{ id: { not_equals: sparing } }] : []),
        ...(olderThan ? [{ renderedAt: { less_than_equal: olderThan.toISOString() } }] : []),
      ],
    },
  })
  return docs.length
}

const writeRow = ({
  clinic,
  inputs,
  now,
  rendered,
  req,
}: {
  clinic: Clinic
  inputs: LivePostInputs
  now: Date
  rendered: DeliveryDocuments
  req: PayloadRequest
}) => {
  const { post } = inputs
  const signer = post.signOff?.signedOffBy
  return req.payload.create({
    ...asServer,
    collection: deliveryDocuments,
    data: {
      ...indexedFieldsOf(inputs, clinic, now),
      article: JSON.stringify(rendered.article),
      clinic: clinic.id,
      contentHash: post.signOff?.contentHash ?? null,
      post: post.id,
      renderedAt: now.toISOString(),
      renderVersion,
      signedOffAt: post.signOff?.signedOffAt ?? null,
      signedOffBy: signer ? idOf(signer) : null,
      slug: post.slug,
      summary: JSON.stringify(rendered.summary),
    },
    depth: 0,
    req,
    select: {},
  })
}

/**
 * Renders the post as it is live now and stores the result as its current row; a post not live any more only has
 * its rows superseded. Returns whether a row was written.
 */
export const renderPostRow = async ({
  clinic,
  postId,
  req,
}: {
  clinic: Clinic
  postId: string
  req: PayloadRequest
}): Promise<boolean> => {
  // Taken before reading: a change committed while this render reads is later than the row, so it makes it stale.
  const now = new Date()
  const inputs = await loadLivePost({ clinic, payload: req.payload, req, where: { id: { equals: postId } } })
  if (!inputs) {
    await supersedeRowsOf({ postId, req })
    return false
  }
  const rendered = renderDeliveryDocuments(inputs.post, { ...inputs, clinic, now })
  const row = await writeRow({ clinic, inputs, now, rendered, req })
  // Written first, then every older current row superseded: when two renders of one post overlap, the one that
  // began reading last stays current, whichever finishes first.
  await supersedeRowsOf({ olderThan: now, postId, req, sparing: row.id })
  return true
}

/** The clinic a row is rendered for, read as cachedRoute reads it (depth 1: the logo for JSON-LD). */
export const clinicForRendering = (payload: Payload, clinicId: string, req?: PayloadRequest) =>
  payload.findByID({
    ...asServer,
    collection: 'clinics',
    depth: 1,
    disableErrors: true,
    id: clinicId,
    joins: false,
    req,
  })

/** Renders one post's row and tells every instance to drop its caches with the same transaction. */
export const renderPostRowAndNotify = async ({
  postId,
  clinicId,
  req,
}: {
  clinicId: string
  postId: string
  req: PayloadRequest
}) => {
  const clinic = await clinicForRendering(req.payload, clinicId, req)
  if (clinic) await renderPostRow({ clinic, postId, req })
  await bumpDeliveryGeneration(req)
}

/** What the public saw of a clinic's article at a moment: the row current then, or null if nothing was live. */
export const servedAt = async ({
  at,
  clinic,
  payload,
  slug,
}: {
  at: Date
  clinic: string
  payload: Payload
  slug: string
}): Promise<DeliveryDocument | null> => {
  const moment = at.toISOString()
  const { docs } = await payload.find({
    ...asServer,
    collection: deliveryDocuments,
    depth: 0,
    limit: 1,
    pagination: false,
    sort: '-renderedAt',
    where: {
      and: [
        { clinic: { equals: clinic } },
        { slug: { equals: slug } },
        { renderedAt: { less_than_equal: moment } },
        { or: [{ supersededAt: { exists: false } }, { supersededAt: { greater_than: moment } }] },
      ],
    },
  })
  return docs[0] ?? null
}

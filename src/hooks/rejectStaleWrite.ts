import type { CollectionBeforeChangeHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { APIError } from 'payload'

import { changedFields } from './changedFields'

/** `"2026-11-23T10:49:24.390Z"`, `W/"…"` or a bare timestamp: the updatedAt the client last saw. */
const expectedVersion = (header: null | string): null | string =>
  header?.trim().replace(/^W\//, '').replace(/^"|"$/g, '') || null

/**
 * What changed between the copy the client edited and now: from the saved version of that moment when the
 * collection keeps versions, else the fields this save would overwrite.
 */
const changedSince = async ({
  collection,
  data,
  originalDoc,
  req,
  seen,
}: {
  collection: SanitizedCollectionConfig
  data: Record<string, unknown>
  originalDoc: Record<string, unknown>
  req: PayloadRequest
  seen: string
}): Promise<string[]> => {
  if (collection.versions) {
    const { docs } = await req.payload.findVersions({
      collection: collection.slug,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      trash: true,
      where: { and: [{ parent: { equals: originalDoc.id } }, { 'version.updatedAt': { equals: seen } }] },
    })
    if (docs[0])
      return changedFields({ after: originalDoc, before: docs[0].version as unknown as Record<string, unknown> })
  }
  return changedFields({ after: originalDoc, before: data }).filter((field) => field in data)
}

/**
 * Whether everything saved since `seen` was autosaved: the running draft the admin's form saves as its editor types
 * (updating one version in place, so the copy of `seen` is gone). A save from a form reloaded while its last
 * autosave was on the way is then not refused as someone else's. Edit locks keep two people from autosaving one
 * document at once; an editor who takes a lock over takes over the running draft too, as Payload does.
 */
const isRunningDraftOnly = async ({
  collection,
  id,
  req,
  seen,
}: {
  collection: SanitizedCollectionConfig
  id: unknown
  req: PayloadRequest
  seen: string
}): Promise<boolean> => {
  if (!collection.versions?.drafts) return false
  const { docs } = await req.payload.findVersions({
    collection: collection.slug,
    depth: 0,
    limit: 20,
    overrideAccess: true,
    req,
    select: { autosave: true },
    trash: true,
    where: { and: [{ parent: { equals: id } }, { 'version.updatedAt': { greater_than: seen } }] },
  })
  return docs.length > 0 && docs.every((version) => (version as { autosave?: boolean }).autosave === true)
}

/**
 * Whether the copy is the live (published) version itself, saved back as published: Payload's "Revert to
 * published" reads the live document and sends it whole. A deliberate return to it, like a version restore.
 */
const isLiveCopy = async ({
  collection,
  data,
  id,
  req,
  seen,
}: {
  collection: SanitizedCollectionConfig
  data: Record<string, unknown>
  id: number | string
  req: PayloadRequest
  seen: string
}): Promise<boolean> => {
  if (!collection.versions?.drafts || data._status !== 'published') return false
  const live = (await req.payload.findByID({
    collection: collection.slug,
    depth: 0,
    disableErrors: true,
    draft: false,
    id,
    overrideAccess: true,
    req,
    select: { _status: true, updatedAt: true },
  })) as null | { _status?: unknown; updatedAt?: unknown }
  return live?._status === 'published' && live.updatedAt === seen
}

/**
 * Optimistic concurrency. An API client sending `If-Match: "<updatedAt>"` gets a 412 when the document changed
 * since it read it. A full-document save (what an admin form or a client's read-modify-write sends) carries the
 * `updatedAt` it was based on; when that is older than the stored one, the save would silently revert someone
 * else's change, so it is refused with 409, naming the fields that changed since, and the editor reloads
 * (the admin panel's own stale-data notice offers the same). Autosaves are the editor's own running draft and are
 * not checked, nor is a save whose copy is older only than autosaves (isRunningDraftOnly); a write without either
 * stays unconditional.
 */
export const rejectStaleWrite: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.updatedAt) return data
  // Restoring a version writes that version's own (older) updatedAt: a deliberate return to it, not a stale copy.
  if (context.isRestoringVersion) return data
  const expected = expectedVersion(req.headers?.get?.('if-match') ?? null)
  if (expected && expected !== '*' && expected !== originalDoc.updatedAt) {
    throw new APIError(
      `This document was changed by someone else at ${originalDoc.updatedAt}, after the version you edited (${expected}). Reload it and apply your change again.`,
      412,
      { currentVersion: originalDoc.updatedAt, field: 'If-Match' },
      true,
    )
  }
  const seen = typeof data?.updatedAt === 'string' ? data.updatedAt : null
  const isAutosave = req.query?.autosave === 'true' || req.query?.autosave === true
  if (!seen || isAutosave || Number.isNaN(Date.parse(seen))) return data
  if (Date.parse(seen) >= Date.parse(originalDoc.updatedAt)) return data
  if (await isRunningDraftOnly({ collection, id: originalDoc.id, req, seen })) return data
  if (await isLiveCopy({ collection, data, id: originalDoc.id, req, seen })) return data
  const changed = await changedSince({ collection, data, originalDoc, req, seen })
  throw new APIError(
    `Someone else saved this document at ${originalDoc.updatedAt}, after the copy you edited (${seen})${changed.length ? `; changed since: ${changed.join(', ')}` : ''}. Saving would undo their change: reload the document, then apply your change again.`,
    409,
    { changedFields: changed, currentVersion: originalDoc.updatedAt, field: 'updatedAt' },
    true,
  )
}

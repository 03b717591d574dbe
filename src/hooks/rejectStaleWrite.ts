import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

/** `"2026-11-23T10:49:24.390Z"`, `W/"…"` or a bare timestamp: the updatedAt the client last saw. */
const expectedVersion = (header: null | string): null | string =>
  header?.trim().replace(/^W\//, '').replace(/^"|"$/g, '') || null

/**
 * Optimistic concurrency for API clients: a write sent with `If-Match: "<updatedAt>"` is refused with 412 when
 * the document changed since the client read it, so two editors never silently overwrite each other. (The admin
 * panel has Payload's document locks for the same purpose.) Without the header a write goes through as usual.
 */
export const rejectStaleWrite: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.updatedAt) return data
  const expected = expectedVersion(req.headers?.get?.('if-match') ?? null)
  if (!expected || expected === '*' || expected === originalDoc.updatedAt) return data
  throw new APIError(
    `This document was changed by someone else at ${originalDoc.updatedAt}, after the version you edited (${expected}). Reload it and apply your change again.`,
    412,
    { currentVersion: originalDoc.updatedAt, field: 'If-Match' },
    true,
  )
}

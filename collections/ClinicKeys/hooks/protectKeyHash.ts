import type { CollectionBeforeChangeHook } from 'payload'

import type { ClinicKey } from '../../../src/payload-types'

/** The request context through which the issue endpoint, and only it, sets a key's hash. */
export const issuedKeyContext = Symbol('vetted.issuedKey')

export type IssuedKey = { hash: string; masked: string }

/**
 * A key's hash, mask and issue date come only from the issue endpoint; whatever a client sends for them is
 * ignored, so nobody can plant a key of their choosing. A revoked key stays revoked.
 */
export const protectKeyHash: CollectionBeforeChangeHook<ClinicKey> = ({ context, data, originalDoc }) => {
  const issued = context[issuedKeyContext as unknown as string] as IssuedKey | undefined
  const kept = issued
    ? { hash: issued.hash, issuedAt: new Date().toISOString(), masked: issued.masked }
    : { hash: originalDoc?.hash ?? null, issuedAt: originalDoc?.issuedAt ?? null, masked: originalDoc?.masked ?? null }
  // Revoking takes effect now, whatever date was sent; once revoked, a key is never revived.
  return { ...data, ...kept, revokedAt: originalDoc?.revokedAt ?? (data.revokedAt ? new Date().toISOString() : null) }
}

import type { CollectionBeforeChangeHook } from 'payload'

import type { ClinicKey } from '@/payload-types'

import { issuedKeyToken } from '@/requestContext'

/**
 * A key's hash, mask and issue date come only from the issue endpoint; whatever a client sends for them is
 * ignored, so nobody can plant a key of their choosing. A revoked key stays revoked.
 */
export const protectKeyHash: CollectionBeforeChangeHook<ClinicKey> = ({ context, data, originalDoc }) => {
  // Set only by the issue endpoint (src/delivery/keys/issueClinicKey.ts), the one place a secret is made.
  const issued = context[issuedKeyToken]
  const kept = issued
    ? { hash: issued.hash, issuedAt: new Date().toISOString(), masked: issued.masked }
    : { hash: originalDoc?.hash ?? null, issuedAt: originalDoc?.issuedAt ?? null, masked: originalDoc?.masked ?? null }
  // Revoking takes effect now, whatever date was sent; once revoked, a key is never revived.
  return { ...data, ...kept, revokedAt: originalDoc?.revokedAt ?? (data.revokedAt ? new Date().toISOString() : null) }
}

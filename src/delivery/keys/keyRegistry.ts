// Which clinic a key belongs to, remembered in memory between requests and forgotten whenever the delivery
// generation moves (a key issued, rotated or revoked anywhere), so a revoked key stops working within one poll.
import type { Payload } from 'payload'

import { LRUCache } from 'lru-cache'

import { hashClinicKey, looksLikeClinicKey } from './clinicKey'

export type ResolvedKey = { clinicId: string; id: string; isRevoked: boolean; rateLimitPerMinute: number }

type Entry = { key: null | ResolvedKey }

const defaultRateLimitPerMinute = 600

export type KeyRegistry = {
  flush: () => void
  /** The key's clinic, or null for a key nobody issued; looked up once and then answered from memory. */
  resolve: (secret: string) => Promise<null | ResolvedKey>
  /** Only what is already in memory: the cache-hit path never waits on the database. */
  peek: (secret: string) => null | ResolvedKey | undefined
}

export const createKeyRegistry = (payload: Payload): KeyRegistry => {
  const known = new LRUCache<string, Entry>({ max: 10_000 })
  // The cache-hit path asks by the secret as sent, sparing a SHA-256 per request; emptied with the rest.
  const bySecret = new LRUCache<string, Entry>({ max: 10_000 })
  const lookUp = async (hash: string): Promise<null | ResolvedKey> => {
    // The key itself is the credential: there is no user to act as, and the hash is never exposed.
    const { docs } = await payload.find({
      collection: 'clinic-keys',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      where: { hash: { equals: hash } },
    })
    const doc = docs[0]
    if (!doc) return null
    return {
      clinicId: typeof doc.clinic === 'object' ? doc.clinic.id : doc.clinic,
      id: doc.id,
      isRevoked: Boolean(doc.revokedAt),
      rateLimitPerMinute: doc.rateLimitPerMinute ?? defaultRateLimitPerMinute,
    }
  }
  return {
    flush: () => {
      known.clear()
      bySecret.clear()
    },
    peek: (secret) => bySecret.get(secret)?.key,
    resolve: async (secret) => {
      if (!looksLikeClinicKey(secret)) return null
      const hash = hashClinicKey(secret)
      const entry = known.get(hash) ?? { key: await lookUp(hash) }
      known.set(hash, entry)
      bySecret.set(secret, entry)
      return entry.key
    },
  }
}

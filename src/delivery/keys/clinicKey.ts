// Clinic read keys: high-entropy random secrets, stored only as a SHA-256 hash. A fast hash is enough because the
// secret is 256 random bits, not a password; it lets every request be checked with one indexed lookup.
import { createHash, randomBytes } from 'node:crypto'

const keyPrefix = 'vk_'

export const generateClinicKey = (): string => `${keyPrefix}${randomBytes(32).toString('base64url')}`

export const hashClinicKey = (key: string): string => createHash('sha256').update(key).digest('hex')

/** What the admin sees of a key after it was issued: enough to tell keys apart, never enough to use one. */
export const maskClinicKey = (key: string): string => `${key.slice(0, keyPrefix.length + 4)}…${key.slice(-4)}`

export const looksLikeClinicKey = (value: string): boolean => /^vk_[A-Za-z0-9_-]{43}$/.test(value)

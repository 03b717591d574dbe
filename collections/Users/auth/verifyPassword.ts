// Checks a password against a stored Payload hash the way Payload's local strategy does
// (node_modules/payload/dist/auth/strategies/local/authenticate.js), at the same cost.
import crypto from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2 = promisify(crypto.pbkdf2)

// Payload 3.90's parameters (generatePasswordSaltHash.js): current hashes carry a prefix, legacy ones do not.
const currentPrefix = 'pbkdf2-sha256-v1:'
const parametersOf = (hash: string) =>
  hash.startsWith(currentPrefix)
    ? { iterations: 600_000, keyLength: 32, stored: hash.slice(currentPrefix.length) }
    : { iterations: 25_000, keyLength: 512, stored: hash }

/** A hash nobody's password matches, for accounts that do not exist: the check then costs what a real one does. */
const dummy = { hash: `${currentPrefix}${'0'.repeat(64)}`, salt: crypto.randomBytes(32).toString('hex') }

/**
 * True when `password` matches; false otherwise. Without a stored hash (unknown account) it still runs one full
 * PBKDF2 round against a dummy hash, so the answer takes as long as for a real account.
 */
export const verifyPassword = async ({
  hash,
  password,
  salt,
}: {
  hash?: null | string
  password: string
  salt?: null | string
}): Promise<boolean> => {
  const isReal = typeof hash === 'string' && typeof salt === 'string'
  const { iterations, keyLength, stored } = parametersOf(isReal ? hash : dummy.hash)
  const derived = await pbkdf2(password, isReal ? salt : dummy.salt, iterations, keyLength, 'sha256')
  const expected = Buffer.from(stored, 'hex')
  return isReal && derived.length === expected.length && crypto.timingSafeEqual(derived, expected)
}

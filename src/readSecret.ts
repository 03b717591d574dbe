/**
 * PAYLOAD_SECRET signs sessions. Production refuses to start without a real one; development and tests
 * get a fixed local value so a fresh clone runs with no setup.
 */
export const readSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret && secret.length >= 32) return secret
  if (process.env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET must be set to a random string of at least 32 characters in production (for example: openssl rand -hex 32).')
  }
  return secret || 'vetted-development-secret-not-for-production-use'
}

/**
 * PAYLOAD_SECRET signs sessions. A production server refuses to start without a real one; development, tests
 * and `next build` (which loads the config but serves nothing) get a fixed local value, so a fresh clone runs.
 */
export const readSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret && secret.length >= 32) return secret
  const isBuilding = process.env.NEXT_PHASE === 'phase-production-build'
  if (process.env.NODE_ENV === 'production' && !isBuilding) {
    throw new Error(
      'PAYLOAD_SECRET must be set to a random string of at least 32 characters in production (for example: openssl rand -hex 32).',
    )
  }
  return secret || 'vetted-development-secret-not-for-production-use'
}

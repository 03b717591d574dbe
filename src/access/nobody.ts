import type { Access } from 'payload'

/** Refused on every API. Server code that must write (audit events) passes overrideAccess: true and says why. */
export const nobody: Access = () => false

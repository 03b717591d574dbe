// Explicit access for the collections and globals Payload adds itself, so none of them falls back to
// "any signed-in user may do anything". They only exist after buildConfig has sanitised the config, and Payload
// offers no option for their access (the jobs collection has one, jobsCollectionOverrides, so it is set there): this
// patch of the built config is the only way.
import type { Access, SanitizedConfig, Where } from 'payload'

import { claimOwnLock } from '@/locks/claimOwnLock'

import { adminOnly } from './adminOnly'
import { nobody } from './nobody'
import { hasAnyRole, isEditorOrAdmin } from './roles'
import { signedIn } from './signedIn'

/** A user's own admin preferences (column choices, collapsed groups). */
const ownPreferences: Access = ({ req }) => {
  if (!req.user || !hasAnyRole(req.user)) return false
  const own: Where[] = [
    { 'user.value': { equals: req.user.id } },
    { 'user.relationTo': { equals: req.user.collection } },
  ]
  return { and: own }
}

/**
 * Edit locks. Editors and admins see every lock; a marketer sees only their own, so locks never reveal which
 * of another clinic's documents exist. Payload's own lock check reads the table directly, so a hidden lock
 * still blocks a conflicting save.
 */
const readLocks: Access = ({ req }) => {
  if (isEditorOrAdmin(req.user)) return true
  if (!req.user || !hasAnyRole(req.user)) return false
  return { 'user.value': { equals: req.user.id } }
}

const accessBySlug: Record<
  string,
  Partial<Record<'create' | 'delete' | 'read' | 'readVersions' | 'unlock' | 'update', Access>>
> = {
  'payload-kv': { create: nobody, delete: nobody, read: nobody, update: nobody },
  'payload-locked-documents': { create: signedIn, delete: readLocks, read: readLocks, update: readLocks },
  'payload-migrations': { create: nobody, delete: nobody, read: adminOnly, update: nobody },
  'payload-preferences': { create: signedIn, delete: ownPreferences, read: ownPreferences, update: ownPreferences },
}

/** The job statistics global Payload adds once a task is scheduled: its own bookkeeping, read by admins only. */
const globalAccessBySlug: Record<string, Partial<Record<'read' | 'readVersions' | 'update', Access>>> = {
  'payload-jobs-stats': { read: adminOnly, readVersions: nobody, update: nobody },
}

export const withInternalCollectionAccess = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    const access = accessBySlug[collection.slug]
    if (access) Object.assign(collection.access, access)
    if (collection.slug === 'payload-locked-documents') collection.hooks.beforeChange.push(claimOwnLock)
  }
  for (const global of config.globals) {
    const access = globalAccessBySlug[global.slug]
    if (access) Object.assign(global.access, access)
  }
  return config
}

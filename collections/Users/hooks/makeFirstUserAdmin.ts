import type { CollectionBeforeChangeHook } from 'payload'

import { Forbidden } from 'payload'

import type { User } from '@/payload-types'

/** The payload-kv row the first account claims; its key is unique, so of two simultaneous firsts one fails. */
export const firstAdminMarker = 'vetted:first-admin'

/**
 * The first account, made through the admin's "create first user" screen, must be able to run the
 * network; without this it would be a marketer of no clinic, locked out of everything. "First" counts trashed
 * accounts too, and is claimed by writing a unique marker row in the same transaction (`req`): eight parallel
 * first registrations on an empty database all count zero users, but only one can write the marker.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req, trash: true })
  if (totalDocs > 0) return data
  try {
    await req.payload.db.create({
      collection: 'payload-kv',
      data: { data: { at: new Date().toISOString() }, key: firstAdminMarker },
      req,
    })
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: 'A second "first" account was refused' })
    throw new Forbidden(req.t)
  }
  return { ...data, roles: ['admin'] }
}

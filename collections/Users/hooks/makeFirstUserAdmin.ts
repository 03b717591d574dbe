import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../src/payload-types'

/**
 * The first account, made through the admin's "create first user" screen, must be able to run the
 * network; without this it would be a marketer of no clinic, locked out of everything.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req, trash: true })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}

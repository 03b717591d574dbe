import type { CollectionConfig } from 'payload'

import { nobody } from './nobody'

/**
 * What a collection that only server code reads and writes (the Local API, with overrideAccess) shares: no access
 * over REST, GraphQL or the admin, no duplicate, no edit locks.
 */
export const serverOnly = {
  access: {
    create: nobody,
    delete: nobody,
    read: nobody,
    readVersions: nobody,
    unlock: nobody,
    update: nobody,
  },
  disableDuplicate: true,
  graphQL: false,
  lockDocuments: false,
} satisfies Partial<CollectionConfig>

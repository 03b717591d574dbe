import type { Plugin } from 'payload'

import { enforceEditLocks } from '@/locks/enforceEditLocks'

/** Every collection's updates and deletes respect other users' edit locks (see enforceEditLocks). */
export const editLocks: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), enforceEditLocks] },
  })),
})

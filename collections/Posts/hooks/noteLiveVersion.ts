import type { CollectionBeforeChangeHook } from 'payload'

import type { Post } from '@/payload-types'

import { noteLiveBefore } from '@/workflow/liveTransition'

/** Remembers which version was live before the write, so the after-change hooks can tell an unpublish from a draft. */
export const noteLiveVersion: CollectionBeforeChangeHook<Post> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc) await noteLiveBefore({ original: originalDoc, req })
  return data
}

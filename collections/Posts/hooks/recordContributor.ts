import type { CollectionBeforeChangeHook } from 'payload'

import type { Post } from '../../../src/payload-types'

import { contentHash } from '../../../src/workflow/contentHash'
import { idOf } from '../../../src/workflow/idOf'

/** Everyone who changes the body becomes a contributor; an editor may not sign off a text they wrote. */
export const recordContributor: CollectionBeforeChangeHook<Post> = ({ data, originalDoc, req }) => {
  if (!req.user || data.body === undefined) return data
  if (originalDoc && contentHash({ body: data.body }) === contentHash({ body: originalDoc.body })) return data
  const contributors = new Set((data.contributors ?? originalDoc?.contributors ?? []).map(idOf))
  contributors.add(String(req.user.id))
  return { ...data, contributors: [...contributors] }
}

import type { CollectionBeforeChangeHook } from 'payload'

import type { Post } from '@/payload-types'

import { idOf } from '@/utilities/idOf'
import { contentHash } from '@/workflow/contentHash'
import { shownContent } from '@/workflow/shownContent'

const noLibrary = { authors: new Map(), claims: new Map(), media: new Map(), references: new Map() }

/** The post's own shown fields, with library entries and images as bare ids: what a writer can change by saving. */
const ownContentHash = (post: Partial<Post>) => contentHash(shownContent({ library: noLibrary, post: post as Post }))

/**
 * Everyone who changes what a site shows of the post (text, title, excerpt, images, SEO, topics, author) becomes a
 * contributor; an editor may not sign off a post they wrote.
 */
export const recordContributor: CollectionBeforeChangeHook<Post> = ({ data, originalDoc, req }) => {
  if (!req.user) return data
  if (originalDoc && ownContentHash({ ...originalDoc, ...data }) === ownContentHash(originalDoc)) return data
  const contributors = new Set((data.contributors ?? originalDoc?.contributors ?? []).map(idOf))
  contributors.add(String(req.user.id))
  return { ...data, contributors: [...contributors] }
}

import type { CollectionBeforeChangeHook } from 'payload'

import type { Post } from '@/payload-types'

import { reviewToken } from '@/requestContext'
import { contentHash } from '@/workflow/contentHash'
import { findLiveRow } from '@/workflow/liveTransition'
import { loadShownContent } from '@/workflow/loadShownContent'

/**
 * A sign-off approves a content hash. A write that puts a live post back exactly as its live version shows it
 * (Payload's "Revert to published", or an accidental edit typed away before autosave) therefore resumes the live
 * version's sign-off, waivers and state: what it shows was reviewed. Any difference, in the post or in the library
 * it cites, leaves the sign-off void and the post in need of a new review.
 */
export const resumeLiveSignOff: CollectionBeforeChangeHook<Post> = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || context[reviewToken]) return data
  // A sign-off that stands is voidStaleSignOff's to judge; a post never published has no live version.
  if (originalDoc.signOff?.contentHash || !originalDoc.publishedAt) return data
  const live = await findLiveRow({ id: originalDoc.id, req })
  if (!live?.signOff?.contentHash) return data
  const { shown } = await loadShownContent({ post: { ...originalDoc, ...data } as Post, req })
  if (contentHash(shown) !== live.signOff.contentHash) return data
  // On req.context, as voidStaleSignOff's note: the audit log records the resumed sign-off after the save.
  req.context.vettedSignOffResumed = true
  return {
    ...data,
    contributors: live.contributors,
    lastReviewedAt: live.lastReviewedAt,
    nextReviewDue: live.nextReviewDue,
    signOff: live.signOff,
    waivers: live.waivers,
    workflowState: 'published',
  }
}

import type { CollectionAfterChangeHook } from 'payload'

import type { Post } from '@/payload-types'

import { notify } from '@/notifications/notify'
import { reviewToken } from '@/requestContext'
import { idOf } from '@/utilities/idOf'
import { liveTransitionOf } from '@/workflow/liveTransition'

/**
 * Tells people about the review steps that wait for them or concern them: an assignment (the editor), changes
 * requested with the editor's note and a sign-off (the clinic's marketers), a publish on any path, scheduled ones
 * included (the clinic's marketers and the signing editor). Seeds build content in bulk and tell nobody.
 */
export const queueReviewEmails: CollectionAfterChangeHook<Post> = async ({ context, doc, previousDoc, req }) => {
  if (context.isSeeding) return doc
  const step = context[reviewToken]
  if (step?.action === 'assign' && doc.assignedEditor)
    await notify({ audience: { users: [idOf(doc.assignedEditor)] }, kind: 'assigned', post: doc, req })
  if (step?.action === 'request_changes')
    await notify({ audience: { clinicMarketers: true }, kind: 'changes_requested', note: step.note, post: doc, req })
  if (step?.action === 'sign_off')
    await notify({ audience: { clinicMarketers: true }, kind: 'signed_off', note: step.note, post: doc, req })
  if ((await liveTransitionOf({ doc, previousDoc, req }))?.kind === 'publish') {
    const signer = doc.signOff?.signedOffBy ? idOf(doc.signOff.signedOffBy) : null
    await notify({ audience: { clinicMarketers: true, users: [signer] }, kind: 'published', post: doc, req })
  }
  return doc
}

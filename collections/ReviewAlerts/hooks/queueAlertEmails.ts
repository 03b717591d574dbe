import type { CollectionAfterChangeHook } from 'payload'

import type { ReviewAlert } from '@/payload-types'

import { notify } from '@/notifications/notify'
import { idOf } from '@/utilities/idOf'

/**
 * Every new alert, whatever raised it (a retraction, a claim that expired or was reworded, a scheduled publish that
 * failed), is e-mailed to the medical editors and to the marketers of the post's clinic, with its reason.
 */
export const queueAlertEmails: CollectionAfterChangeHook<ReviewAlert> = async ({ context, doc, operation, req }) => {
  if (operation !== 'create' || context.isSeeding) return doc
  const post = await req.payload.findByID({
    collection: 'posts',
    depth: 0,
    disableErrors: true,
    id: idOf(doc.post),
    overrideAccess: true,
    req,
    select: { clinic: true, title: true },
    trash: true,
  })
  if (!post) return doc
  await notify({
    audience: { clinicMarketers: true, editors: true },
    kind: 'review_alert',
    note: doc.reason,
    post: { ...post, clinic: doc.clinic ?? post.clinic },
    req,
  })
  return doc
}

import type { CollectionAfterChangeHook } from 'payload'

import type { Post } from '@/payload-types'

import { importToken, reviewToken } from '@/requestContext'
import { idOf } from '@/utilities/idOf'
import { contentHash } from '@/workflow/contentHash'
import { liveTransitionOf } from '@/workflow/liveTransition'
import { loadShownContent } from '@/workflow/loadShownContent'
import { recordReviewEvent } from '@/workflow/recordReviewEvent'

type EventAction =
  'assign' | 'import' | 'publish' | 'request_changes' | 'sign_off' | 'submit' | 'unpublish' | 'void_sign_off' | 'waive'

/** Writes the audit trail of a post: every workflow action, every import, every voided sign-off, every publish and unpublish. */
export const recordReviewEvents: CollectionAfterChangeHook<Post> = async ({ context, doc, previousDoc, req }) => {
  const actions = new Set<EventAction>()
  const reviewAction = context[reviewToken]
  if (reviewAction) actions.add(reviewAction.action)
  const importNote = context[importToken]?.note
  if (importNote) actions.add('import')
  if (req.context.vettedSignOffVoided) actions.add('void_sign_off')
  // Read once: a later write made with the same request must not be logged as voiding a sign-off too.
  delete req.context.vettedSignOffVoided
  const transition = await liveTransitionOf({ doc, previousDoc, req })
  if (transition) actions.add(transition.kind)
  if (!actions.size) return doc

  const hash = contentHash((await loadShownContent({ post: doc, req })).shown)
  for (const action of actions) {
    await recordReviewEvent({
      action,
      clinic: doc.clinic ? idOf(doc.clinic) : null,
      contentHash: hash,
      document: { collection: 'posts', id: String(doc.id), title: doc.title },
      note: action === reviewAction?.action ? reviewAction.note : action === 'import' ? importNote : undefined,
      req,
    })
  }
  return doc
}

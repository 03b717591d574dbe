// The one writer of the audit log. Every review action, vetting decision, library change and import goes through
// here, in the same transaction as the change it records; no API may write review events.
import type { PayloadRequest } from 'payload'

import type { ReviewEvent } from '@/payload-types'

import type { NotedSentence } from './actionSteps'

export type ReviewEventEntry = {
  action: ReviewEvent['action']
  clinic?: null | string
  contentHash?: null | string
  document: { collection: 'claims' | 'posts' | 'references'; id: string; title: string }
  note?: null | string
  req: PayloadRequest
  /** The flagged sentence a note is about. */
  sentence?: NotedSentence
}

export const recordReviewEvent = ({ action, clinic, contentHash, document, note, req, sentence }: ReviewEventEntry) =>
  req.payload.create({
    collection: 'review-events',
    data: {
      action,
      // The system (a scheduled job, a seed) acts with no user: the event says so by naming nobody.
      actor: req.user?.id ?? null,
      clinic: clinic ?? null,
      contentHash: contentHash ?? null,
      documentCollection: document.collection,
      documentId: document.id,
      documentTitle: document.title.slice(0, 200),
      note: note ?? null,
      sentence: sentence?.text ?? null,
      sentenceKey: sentence?.key ?? null,
    },
    // The audit log is closed to every API; only this writer, acting for the change it records, opens it.
    overrideAccess: true,
    req,
  })

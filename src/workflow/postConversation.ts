// A post's conversation: the notes of its review history (what an editor asked for, why a sentence was waived, a
// sign-off's note, a marketer's reply), oldest first, read as the reader may see them. The audit log is its one
// store, so the thread and the history cannot disagree.
import type { PayloadRequest } from 'payload'

import type { ReviewEvent } from '@/payload-types'

/** The review actions whose notes are addressed to people, rather than recorded by the system. */
const conversational: ReviewEvent['action'][] = [
  'comment',
  'request_changes',
  'sign_off',
  'submit',
  'unpublish',
  'waive',
]

export type ConversationEntry = {
  action: ReviewEvent['action']
  /** Who wrote it, when the reader may see their account; a marketer sees editors and themself. */
  author: null | { name: string; role: 'admin' | 'editor' | 'marketer' | null }
  id: string
  note: string
  sentence: null | string
  writtenAt: string
}

const roleOf = (roles: unknown): 'admin' | 'editor' | 'marketer' | null => {
  const held = Array.isArray(roles) ? roles : []
  return held.includes('editor')
    ? 'editor'
    : held.includes('admin')
      ? 'admin'
      : held.includes('marketer')
        ? 'marketer'
        : null
}

export const loadConversation = async ({
  id,
  req,
}: {
  id: string
  req: PayloadRequest
}): Promise<ConversationEntry[]> => {
  const events = await req.payload.find({
    collection: 'review-events',
    depth: 1,
    limit: 200,
    overrideAccess: false,
    populate: { users: { name: true, roles: true } },
    req,
    sort: 'createdAt',
    user: req.user,
    where: {
      and: [
        { documentCollection: { equals: 'posts' } },
        { documentId: { equals: id } },
        { action: { in: conversational } },
        { note: { exists: true } },
      ],
    },
  })
  return events.docs.flatMap((event) =>
    event.note
      ? [
          {
            action: event.action,
            author:
              event.actor && typeof event.actor === 'object'
                ? { name: event.actor.name, role: roleOf(event.actor.roles) }
                : null,
            id: String(event.id),
            note: event.note,
            sentence: event.sentence ?? null,
            writtenAt: event.createdAt,
          },
        ]
      : [],
  )
}

import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '@/payload-types'

import { emailQueue } from '@/notifications/notify'

/** Queues the invitation of an account made without a password (hooks/inviteWithoutPassword). */
export const queueInvitation: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const invited = req.context.vettedInvitations ?? []
  if (!invited.includes(doc.email.toLowerCase())) return doc
  req.context.vettedInvitations = invited.filter((email) => email !== doc.email.toLowerCase())
  await req.payload.jobs.queue({ input: { user: String(doc.id) }, queue: emailQueue, req, task: 'sendInvitation' })
  return doc
}

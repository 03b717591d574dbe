// Tells people what happened to a post: works out the recipients and the words inside the write that caused it
// (same transaction), and queues one e-mail job each, so the save never waits on the mail server and a failed send
// is retried on its own.
import type { PayloadRequest } from 'payload'

import type { Post } from '@/payload-types'

import { idOf } from '@/utilities/idOf'

import type { NotificationKind } from './notificationKinds'
import type { Audience } from './recipientsOf'

import { composeNotification } from './composeNotification'
import { recipientsOf } from './recipientsOf'

/** The queue the e-mail jobs run on, apart from the default one so that mail never holds up a scheduled publish. */
export const emailQueue = 'emails'

export const adminUrlOfPost = ({ id, req }: { id: number | string; req: PayloadRequest }): string =>
  `${req.payload.config.serverURL}${req.payload.config.routes.admin}/collections/posts/${id}`

export const notify = async ({
  audience,
  kind,
  note,
  post,
  req,
}: {
  audience: Audience
  kind: NotificationKind
  note?: null | string
  post: Pick<Post, 'clinic' | 'id' | 'title'>
  req: PayloadRequest
}): Promise<number> => {
  // Seeds build content in bulk with made-up accounts: an e-mail is an effect outside the database, so it stands down.
  if (req.context.isSeeding) return 0
  const clinic = post.clinic ? idOf(post.clinic) : null
  const recipients = await recipientsOf({ audience, clinic, kind, req })
  if (!recipients.length) return 0
  const clinicDoc = clinic
    ? await req.payload.findByID({
        collection: 'clinics',
        depth: 0,
        disableErrors: true,
        id: clinic,
        overrideAccess: true,
        req,
        select: { name: true },
      })
    : null
  const email = composeNotification({
    byName: req.user?.name,
    clinicName: clinicDoc?.name ?? 'no clinic',
    kind,
    note,
    postTitle: post.title,
    url: adminUrlOfPost({ id: post.id, req }),
  })
  for (const recipient of recipients) {
    await req.payload.jobs.queue({
      input: { ...email, to: recipient.email },
      queue: emailQueue,
      req,
      task: 'sendEmail',
    })
  }
  return recipients.length
}

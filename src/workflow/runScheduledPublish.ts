// What the scheduled-publish job does at its moment: publish the post through the workflow's own publishPost, as
// the person who scheduled it, so the publish gate, the audit log and the webhooks are those of their click on
// Publish. When that is refused, the clinic and the editors are told in a review alert, the schedule is cleared and
// the job ends: a retry would meet the same refusal.
import type { PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { User } from '@/payload-types'

import { reviewToken } from '@/requestContext'
import { idOf } from '@/utilities/idOf'
import { utcMinute } from '@/utilities/utcMinute'

import { publishPost } from './postActions'
import { postNamed } from './refusalMessage'

export type ScheduledPublishOutcome = 'failed' | 'published' | 'superseded'

const isSameMoment = (a: null | string | undefined, b: string) =>
  Boolean(a) && new Date(a as string).getTime() === new Date(b).getTime()

const whyNot = (error: unknown, scheduler: null | User): string => {
  if (!scheduler) return 'The person who scheduled it no longer has an account.'
  const status = (error as { status?: number }).status
  // Forbidden, or the post out of their sight (their clinic membership ended): their rights changed since.
  if (status === 403 || status === 404) return `${scheduler.name || scheduler.email} may no longer publish it.`
  return error instanceof Error ? error.message : String(error)
}

export const runScheduledPublish = async ({
  at,
  id,
  req,
}: {
  /** The moment the job was queued for; the post must still hold it. */
  at: string
  id: string
  req: PayloadRequest
}): Promise<{ outcome: ScheduledPublishOutcome }> => {
  // The system reads what the schedule says; the publish itself acts as the scheduler, below.
  const asSystem = { depth: 0, disableErrors: true, overrideAccess: true, req } as const
  const post = await req.payload.findByID({ ...asSystem, collection: 'posts', draft: true, id })
  // Cancelled, replaced by another moment, published already, or the post is gone: this job has nothing to do.
  if (!post || !isSameMoment(post.scheduledPublishAt, at)) return { outcome: 'superseded' }
  const scheduler = post.scheduledBy
    ? await req.payload.findByID({ ...asSystem, collection: 'users', id: idOf(post.scheduledBy) })
    : null
  try {
    if (!scheduler) throw new Error('no scheduler')
    // A request of its own: a refusal rolls back only this write, and the user is the scheduler as they are now.
    const asScheduler = await createLocalReq({ user: { ...scheduler, collection: 'users' } }, req.payload)
    await publishPost({ id, note: `Published as scheduled for ${utcMinute(new Date(at))}.`, req: asScheduler })
    return { outcome: 'published' }
  } catch (error) {
    const who = scheduler ? ` as ${scheduler.name || scheduler.email} scheduled` : ' as scheduled'
    const reason = `${postNamed(post.title)} was not published at ${utcMinute(new Date(at))}${who}. ${whyNot(error, scheduler)}`
    await req.payload.update({
      collection: 'posts',
      // The schedule is over: a workflow write, logged as its cancellation by the system with the reason.
      context: { [reviewToken]: { action: 'unschedule', note: reason } },
      data: { scheduledBy: null, scheduledPublishAt: null },
      depth: 0,
      draft: true,
      id,
      overrideAccess: true,
      req,
    })
    await req.payload.create({
      collection: 'review-alerts',
      data: {
        clinic: post.clinic ? idOf(post.clinic) : null,
        kind: 'scheduled_publish',
        post: id,
        reason: `${reason} Schedule it again once nothing blocks it.`,
      },
      overrideAccess: true,
      req,
    })
    return { outcome: 'failed' }
  }
}

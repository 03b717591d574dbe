// Scheduling a publish through the review workflow: the post keeps the moment and who chose it (fields only the
// workflow writes), and a job publishes it then through publishPost, as that person (runScheduledPublish). What
// would refuse the publish now refuses the schedule, so a schedule that is accepted fails later only if something
// changed in between.
import { APIError, Forbidden } from 'payload'

import type { Post } from '@/payload-types'

import { utcMinute } from '@/utilities/utcMinute'

import type { ActionArgs } from './actionSteps'

import { assertAllowed, loadPost, write } from './actionSteps'
import { blockersAgainst } from './blockersAgainst'
import { publishBlockersFor } from './publishGate'
import { blockedMessage, postNamed } from './refusalMessage'

export const scheduledPublishTask = 'publishScheduledPost'

// A date and a time with a zone: a bare date would be midnight somewhere, and a time without a zone the server's.
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

const momentOf = (publishAt: string | undefined, post: Post): Date => {
  const refuse = (why: string) => new APIError(why, 400, { field: 'publishAt' }, true)
  const example = 'a date and time with its time zone, such as 2026-03-01T09:00:00Z'
  if (!publishAt?.trim()) throw refuse(`Say when to publish ${postNamed(post.title)}: ${example}.`)
  const moment = new Date(publishAt.trim())
  if (!isoDateTime.test(publishAt.trim()) || Number.isNaN(moment.getTime()))
    throw refuse(`“${publishAt}” is not ${example}, so ${postNamed(post.title)} cannot be scheduled for it.`)
  if (moment.getTime() <= Date.now())
    throw refuse(
      `${utcMinute(moment)} has already passed, so ${postNamed(post.title)} cannot be scheduled for it. Choose a later time.`,
    )
  return moment
}

const withNote = (words: string, note?: string) => (note?.trim() ? `${words} ${note.trim()}` : words)

export const schedulePost = async ({ id, note, publishAt, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'schedule', req })
  if (!req.user) throw new Forbidden(req.t)
  const post = await loadPost(req, id)
  assertAllowed({ action: 'schedule', post, req, words: 'scheduled; it must be signed off first' })
  const moment = momentOf(publishAt, post)
  const blockers = blockersAgainst({ action: 'schedule', blockers: await publishBlockersFor({ post, req }) })
  if (blockers.length)
    throw new APIError(blockedMessage({ blockers, title: post.title, what: 'scheduled' }), 409, { blockers }, true)
  const at = moment.toISOString()
  const scheduled = await write(req, {
    action: 'schedule',
    data: { scheduledBy: req.user.id, scheduledPublishAt: at },
    id,
    note: withNote(`To be published at ${utcMinute(moment)}.`, note),
  })
  // A schedule replaced or cancelled leaves its job behind; the job sees the post no longer holds its moment and
  // does nothing.
  await req.payload.jobs.queue({ input: { at, post: id }, req, task: scheduledPublishTask, waitUntil: moment })
  return scheduled
}

export const unschedulePost = async ({ id, note, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'unschedule', req })
  const post = await loadPost(req, id)
  assertAllowed({ action: 'unschedule', post, req })
  // Cancelling what is not scheduled changes nothing, as a second click on Cancel should.
  if (!post.scheduledPublishAt) return post
  return write(req, {
    action: 'unschedule',
    data: { scheduledBy: null, scheduledPublishAt: null },
    id,
    note: withNote(`Was to be published at ${utcMinute(new Date(post.scheduledPublishAt))}.`, note),
  })
}

// Scheduling a publish goes through the review workflow (POST /api/posts/:id/workflow/schedule): refused at once,
// naming the post, when the post could not be published now or the moment is not a future one; carried out at its
// moment by the workflow's own publish, as the person who scheduled it; and when that publish is refused, the clinic
// and the editors are told in a review alert, once, and the schedule is cleared.
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { signOffPost, submitForReview } from '@/workflow/postActions'

import type { TestUser } from '../../helpers/network'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { withBlocks } from '../../helpers/lexicalBodies'

const suite = bootNetwork()

const tokens = new Map<string, string>()
const tokenOf = async (user: TestUser) => {
  if (!tokens.has(user.email)) tokens.set(user.email, await login({ baseUrl: suite.booted.baseUrl, user }))
  return tokens.get(user.email) as string
}

type Answer = { doc?: { scheduledPublishAt?: null | string }; errors?: { id?: string; message: string }[] }

const rest = async (user: TestUser, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${suite.booted.baseUrl}/api${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Authorization: `JWT ${await tokenOf(user)}`, 'Content-Type': 'application/json' },
    method,
  })
  return { body: (await response.json().catch(() => ({}))) as Answer, status: response.status }
}

const schedule = (user: TestUser, id: string, publishAt: string) =>
  rest(user, 'POST', `/posts/${id}/workflow/schedule`, { publishAt })

let count = 0

/** A draft of clinic A with one cited sentence; signed off by the editor when asked. */
const postOfA = async ({ isSignedOff }: { isSignedOff: boolean }) => {
  const { network, booted } = suite
  count += 1
  const post = await booted.payload.create({
    collection: 'posts',
    data: {
      body: withBlocks('Sessions last about forty minutes.', {
        blockType: 'citation',
        reference: network.reference.id,
      }),
      clinic: network.clinicA.id,
      slug: `scheduled-${count}-${Date.now().toString(36)}`,
      title: `Scheduled post ${count}`,
    },
    draft: true,
    overrideAccess: false,
    user: network.users.marketerA,
  })
  if (isSignedOff) {
    await submitForReview({ id: post.id, req: await createLocalReq({ user: network.users.marketerA }, booted.payload) })
    await signOffPost({ id: post.id, req: await createLocalReq({ user: network.users.editor }, booted.payload) })
  }
  return post
}

const latest = (id: string) =>
  suite.booted.payload.findByID({ collection: 'posts', depth: 0, draft: true, id, overrideAccess: true })

const isLive = async (id: string) =>
  (await suite.booted.payload.findByID({ collection: 'posts', draft: false, id, overrideAccess: true }))._status ===
  'published'

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000)

/** Waits until the moment has passed, then runs the job queue as the cron would. */
const runJobsAfter = async (moment: Date) => {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, moment.getTime() - Date.now() + 50)))
  await suite.booted.payload.jobs.run({ limit: 100 })
}

const eventsOf = async (id: string) =>
  (
    await suite.booted.payload.find({
      collection: 'review-events',
      depth: 0,
      overrideAccess: true,
      sort: 'createdAt',
      where: { documentId: { equals: id } },
    })
  ).docs

const alertsOf = async (id: string) =>
  (
    await suite.booted.payload.find({
      collection: 'review-alerts',
      depth: 0,
      overrideAccess: true,
      where: { post: { equals: id } },
    })
  ).docs

describe('scheduling a publish is refused at once', () => {
  it('for a post that is not signed off, naming the post', async () => {
    // Setup
    const post = await postOfA({ isSignedOff: false })
    // Action
    const refused = await schedule(suite.network.users.marketerA, post.id, inSeconds(3600).toISOString())
    // Assert
    expect(refused.status).toBe(409)
    expect(refused.body.errors?.[0].message).toBe(
      `“${post.title}” is a draft, so it cannot be scheduled; it must be signed off first.`,
    )
    expect((await latest(post.id)).scheduledPublishAt ?? null).toBeNull()
  })

  it('for a moment that has passed, a bare date, or something that is not a date', async () => {
    // Setup
    const post = await postOfA({ isSignedOff: true })
    const { marketerA } = suite.network.users
    // Action
    const past = await schedule(marketerA, post.id, '2020-01-01T09:00:00Z')
    const bareDate = await schedule(marketerA, post.id, '2099-01-01')
    const notADate = await schedule(marketerA, post.id, 'next tuesday')
    const missing = await rest(marketerA, 'POST', `/posts/${post.id}/workflow/schedule`, {})
    // Assert
    expect(past.status).toBe(400)
    expect(past.body.errors?.[0].message).toBe(
      `2020-01-01 09:00 UTC has already passed, so “${post.title}” cannot be scheduled for it. Choose a later time.`,
    )
    expect(bareDate.status).toBe(400)
    expect(bareDate.body.errors?.[0].message).toContain('is not a date and time with its time zone')
    expect(notADate.status).toBe(400)
    expect(notADate.body.errors?.[0].message).toContain(`“next tuesday” is not a date and time`)
    expect(missing.status).toBe(400)
    expect(missing.body.errors?.[0].message).toContain(`Say when to publish “${post.title}”`)
    expect((await latest(post.id)).scheduledPublishAt ?? null).toBeNull()
  })

  it('for a marketer of another clinic, who cannot see the post', async () => {
    const post = await postOfA({ isSignedOff: true })
    const refused = await schedule(suite.network.users.marketerB, post.id, inSeconds(3600).toISOString())
    expect(refused.status).toBe(404)
    expect((await latest(post.id)).scheduledPublishAt ?? null).toBeNull()
  })
})

describe('a scheduled publish', () => {
  it('publishes the signed-off post at its moment, through the workflow, as the person who scheduled it', async () => {
    // Setup
    const post = await postOfA({ isSignedOff: true })
    const { marketerA } = suite.network.users
    const moment = inSeconds(2)
    // Action
    const scheduled = await schedule(marketerA, post.id, moment.toISOString())
    expect(scheduled.status).toBe(200)
    expect(new Date(scheduled.body.doc?.scheduledPublishAt ?? '').getTime()).toBe(moment.getTime())
    // Not before its moment
    await suite.booted.payload.jobs.run({ limit: 100 })
    expect(await isLive(post.id)).toBe(false)
    await runJobsAfter(moment)
    // Assert
    expect(await isLive(post.id)).toBe(true)
    const after = await latest(post.id)
    expect(after.workflowState).toBe('published')
    expect(after.scheduledPublishAt ?? null).toBeNull()
    const events = await eventsOf(post.id)
    expect(events.map(({ action }) => action)).toEqual(['submit', 'sign_off', 'schedule', 'publish'])
    const [scheduling, publishing] = events.slice(2)
    expect(scheduling.actor).toBe(marketerA.id)
    expect(publishing.actor).toBe(marketerA.id)
    expect(publishing.note).toContain('Published as scheduled for')
    expect(await alertsOf(post.id)).toHaveLength(0)
  })

  it('is not carried out once its sign-off was voided; the clinic’s marketer and the editors are alerted, once', async () => {
    // Setup
    const post = await postOfA({ isSignedOff: true })
    const { editor, marketerA, marketerB } = suite.network.users
    const moment = inSeconds(2)
    expect((await schedule(marketerA, post.id, moment.toISOString())).status).toBe(200)
    // Action: a later edit voids the sign-off before the moment
    await suite.booted.payload.update({
      collection: 'posts',
      data: { title: `${post.title}, retitled` },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: marketerA,
    })
    await runJobsAfter(moment)
    await suite.booted.payload.jobs.run({ limit: 100 })
    // Assert: not live, the schedule cleared, one alert saying which post, when and why
    expect(await isLive(post.id)).toBe(false)
    expect((await latest(post.id)).scheduledPublishAt ?? null).toBeNull()
    const alerts = await alertsOf(post.id)
    expect(alerts).toHaveLength(1)
    const [alert] = alerts
    expect(alert.kind).toBe('scheduled_publish')
    expect(alert.reason).toContain(
      `“${post.title}, retitled” was not published at ${moment.toISOString().slice(0, 16).replace('T', ' ')} UTC as marketer-a scheduled.`,
    )
    expect(alert.reason).toContain('is a draft, so it cannot be published; it must be signed off first.')
    // The job ended: done, not failed, and not waiting for a retry.
    const { docs: jobs } = await suite.booted.payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { taskSlug: { equals: 'publishScheduledPost' } },
    })
    expect(jobs.filter((job) => job.hasError || !job.completedAt)).toEqual([])
    // Who reads the alert: the clinic's marketer and the editors, not another clinic's marketer.
    expect((await rest(marketerA, 'GET', `/review-alerts/${alert.id}`)).status).toBe(200)
    expect((await rest(editor, 'GET', `/review-alerts/${alert.id}`)).status).toBe(200)
    expect((await rest(marketerB, 'GET', `/review-alerts/${alert.id}`)).status).toBe(404)
    // The audit log says the schedule ended, and why.
    const cancelled = (await eventsOf(post.id)).filter(({ action }) => action === 'unschedule')
    expect(cancelled).toHaveLength(1)
    expect(cancelled[0].actor ?? null).toBeNull()
    expect(cancelled[0].note).toContain('was not published at')
  })

  it('is cancelled by unschedule: nothing is published and nobody is alerted', async () => {
    const post = await postOfA({ isSignedOff: true })
    const { marketerA } = suite.network.users
    const moment = inSeconds(1.5)
    expect((await schedule(marketerA, post.id, moment.toISOString())).status).toBe(200)
    const cancelled = await rest(marketerA, 'POST', `/posts/${post.id}/workflow/unschedule`, {})
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.doc?.scheduledPublishAt ?? null).toBeNull()
    await runJobsAfter(moment)
    expect(await isLive(post.id)).toBe(false)
    expect(await alertsOf(post.id)).toHaveLength(0)
    expect((await eventsOf(post.id)).map(({ action }) => action)).toEqual([
      'submit',
      'sign_off',
      'schedule',
      'unschedule',
    ])
  })

  it('cannot be set or cleared by writing the post’s fields', async () => {
    const post = await postOfA({ isSignedOff: true })
    const forged = await rest(suite.network.users.marketerA, 'PATCH', `/posts/${post.id}?draft=true`, {
      scheduledBy: suite.network.users.admin.id,
      scheduledPublishAt: inSeconds(3600).toISOString(),
    })
    expect(forged.status).toBe(200)
    const after = await latest(post.id)
    expect(after.scheduledPublishAt ?? null).toBeNull()
    expect(after.scheduledBy ?? null).toBeNull()
  })
})

describe('a bulk publish from the list view', () => {
  it('of posts that are not signed off is refused, naming each post and why', async () => {
    const [first, second] = [await postOfA({ isSignedOff: false }), await postOfA({ isSignedOff: false })]
    const refused = await rest(
      suite.network.users.marketerA,
      'PATCH',
      `/posts?where[id][in][0]=${first.id}&where[id][in][1]=${second.id}`,
      { _status: 'published' },
    )
    expect(refused.status).toBe(400)
    const messages = (refused.body.errors ?? []).map(({ message }) => message).sort()
    expect(messages).toEqual([
      `“${first.title}” cannot be published yet:\n• No medical editor has signed this post off yet.`,
      `“${second.title}” cannot be published yet:\n• No medical editor has signed this post off yet.`,
    ])
    expect(await isLive(first.id)).toBe(false)
    expect(await isLive(second.id)).toBe(false)
  })
})

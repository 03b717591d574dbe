// Clinic webhooks: what is sent on publish, unpublish and retraction, signed so that an independent Standard
// Webhooks library accepts it, and retried with backoff by Payload's jobs queue. A real receiver on 127.0.0.1.
import { createLocalReq } from 'payload'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SeedActor } from '@/seed/reviewSeedPost'

import { reviewSeedPost } from '@/seed/reviewSeedPost'
import { signOffPost, submitForReview, unpublishPost } from '@/workflow/postActions'
import { schedulePost } from '@/workflow/scheduleActions'

import type { TestUser } from '../../helpers/network'
import type { Received, Receiver } from './receiver'

import { bootNetwork } from '../../helpers/bootNetwork'
import { withBlocks } from '../../helpers/lexicalBodies'
import { publishThroughReview } from '../../helpers/publishing'
import { startReceiver } from './receiver'

let receiver: Receiver

// Development setting: the test receiver listens on loopback. Set before bootNetwork's hooks, so before Payload boots.
beforeAll(() => {
  process.env.ALLOW_PRIVATE_WEBHOOKS = 'true'
})
const suite = bootNetwork({ withServer: false })
beforeAll(async () => {
  receiver = await startReceiver()
})
afterAll(async () => {
  await receiver?.close()
})

const setUrls = (clinic: string, ...paths: string[]) =>
  suite.booted.payload.update({
    collection: 'clinics',
    data: { webhooks: { urls: paths.map(receiver.url) } },
    id: clinic,
    overrideAccess: true,
  })

const secretOf = async (clinic: string) =>
  (await suite.booted.payload.findByID({ collection: 'clinics', id: clinic, overrideAccess: true })).webhooks
    ?.secret as string

/** The check a clinic developer makes, with the standardwebhooks package: no code shared with the signer. */
const verify = (secret: string, request: Received) =>
  new Webhook(secret).verify(request.body, request.headers as Record<string, string>)

const deliveriesTo = async (path: string) =>
  (
    await suite.booted.payload.find({
      collection: 'webhook-deliveries',
      overrideAccess: true,
      sort: 'createdAt',
      where: { url: { equals: receiver.url(path) } },
    })
  ).docs

/** Runs every job that is due, including the webhook jobs that a job (scheduled publishing) queues. */
const drainJobs = async () => {
  for (let round = 0; round < 5; round += 1)
    if ((await suite.booted.payload.jobs.run({ limit: 100 })).noJobsRemaining) return
}

const writePost = async ({
  clinic,
  marketer,
  reference = suite.network.reference.id,
  slug,
}: {
  clinic: string
  marketer: TestUser
  reference?: string
  slug: string
}) =>
  suite.booted.payload.create({
    collection: 'posts',
    data: {
      body: withBlocks('Sessions last about forty minutes.', { blockType: 'citation', reference }),
      clinic,
      slug,
      title: `Post ${slug}`,
    },
    draft: true,
    overrideAccess: false,
    user: marketer,
  })

const publishNew = async (
  slug: string,
  clinic = suite.network.clinicA.id,
  marketer = suite.network.users.marketerA,
  reference?: string,
) => {
  const post = await writePost({ clinic, marketer, reference, slug })
  return publishThroughReview({
    editor: suite.network.users.editor,
    id: post.id,
    marketer,
    payload: suite.booted.payload,
  })
}

describe('on publish', () => {
  it('sends one signed POST per webhook URL, with the post in the body, and records the delivery', async () => {
    await setUrls(suite.network.clinicA.id, '/publish/one', '/publish/two')
    const post = await publishNew('published-with-hooks')
    const pending = [...(await deliveriesTo('/publish/one')), ...(await deliveriesTo('/publish/two'))]
    expect(pending.map((delivery) => delivery.status)).toEqual(['pending', 'pending'])

    await drainJobs()

    const [one, two] = [receiver.at('/publish/one'), receiver.at('/publish/two')]
    expect([one.length, two.length]).toEqual([1, 1])
    const secret = await secretOf(suite.network.clinicA.id)
    const expected = {
      clinic: 'clinic-a',
      occurredAt: expect.any(String),
      post: { id: post.id, slug: 'published-with-hooks', title: 'Post published-with-hooks' },
      type: 'post.published',
    }
    expect(verify(secret, one[0])).toEqual(expected)
    expect(verify(secret, two[0])).toEqual(expected)
    expect(one[0].headers['content-type']).toBe('application/json')
    expect(one[0].headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/)
    // One event, one id, whichever URL it goes to.
    expect(two[0].headers['webhook-id']).toBe(one[0].headers['webhook-id'])
    expect(Math.abs(Number(one[0].headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60)
    // A changed body, or another clinic's secret, fails verification.
    expect(() =>
      verify(secret, { ...one[0], body: one[0].body.replace('published-with-hooks', 'something-else') }),
    ).toThrow()
    expect(() => verify(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, one[0])).toThrow()

    const [delivered] = await deliveriesTo('/publish/one')
    expect(delivered).toMatchObject({
      eventId: one[0].headers['webhook-id'],
      eventType: 'post.published',
      status: 'delivered',
    })
    expect(delivered.body).toBe(one[0].body)
    expect(delivered.attempts).toEqual([
      expect.objectContaining({ durationMs: expect.any(Number), error: null, statusCode: 200 }),
    ])
  })

  it('sends nothing when the clinic has no webhook URL', async () => {
    await suite.booted.payload.update({
      collection: 'clinics',
      data: { webhooks: { urls: [] } },
      id: suite.network.clinicB.id,
      overrideAccess: true,
    })
    await publishNew('published-without-hooks', suite.network.clinicB.id, suite.network.users.marketerB)
    expect(
      (
        await suite.booted.payload.find({
          collection: 'webhook-deliveries',
          overrideAccess: true,
          where: { clinic: { equals: suite.network.clinicB.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('on unpublish', () => {
  it('sends nothing for a draft saved over the live post, and post.unpublished with the live slug when it comes down', async () => {
    await setUrls(suite.network.clinicA.id, '/unpublish')
    const post = await publishNew('live-then-unpublished')
    await drainJobs()
    receiver.clear('/unpublish')

    await suite.booted.payload.update({
      collection: 'posts',
      data: { slug: 'renamed-in-draft', title: 'Renamed in a draft' },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    await drainJobs()
    expect((await deliveriesTo('/unpublish')).map((delivery) => delivery.eventType)).toEqual(['post.published'])

    await unpublishPost({
      id: post.id,
      note: 'Taken down for an update.',
      req: await createLocalReq({ user: suite.network.users.marketerA }, suite.booted.payload),
    })
    await drainJobs()
    const [request] = receiver.at('/unpublish')
    expect(verify(await secretOf(suite.network.clinicA.id), request)).toMatchObject({
      post: { id: post.id, slug: 'live-then-unpublished', title: 'Post live-then-unpublished' },
      type: 'post.unpublished',
    })
  })

  it('follows a scheduled publish: the workflow’s job publishes as the scheduler, and the site is told', async () => {
    await setUrls(suite.network.clinicA.id, '/scheduled')
    const post = await writePost({
      clinic: suite.network.clinicA.id,
      marketer: suite.network.users.marketerA,
      slug: 'scheduled',
    })
    const asMarketer = () => createLocalReq({ user: suite.network.users.marketerA }, suite.booted.payload)
    await submitForReview({ id: post.id, req: await asMarketer() })
    await signOffPost({
      id: post.id,
      req: await createLocalReq({ user: suite.network.users.editor }, suite.booted.payload),
    })
    const publishAt = new Date(Date.now() + 1_000)
    await schedulePost({ id: post.id, publishAt: publishAt.toISOString(), req: await asMarketer() })
    await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 50))
    await drainJobs()

    const secret = await secretOf(suite.network.clinicA.id)
    expect(receiver.at('/scheduled').map((request) => (verify(secret, request) as { type: string }).type)).toEqual([
      'post.published',
    ])
    const events = await suite.booted.payload.find({
      collection: 'review-events',
      overrideAccess: true,
      sort: 'createdAt',
      where: { documentId: { equals: post.id } },
    })
    expect(events.docs.map((event) => event.action)).toEqual(['submit', 'sign_off', 'schedule', 'publish'])
  })
})

describe('on retraction', () => {
  it('tells each clinic with a published post citing the reference which posts are affected, and no other clinic', async () => {
    const reference = await suite.booted.payload.create({
      collection: 'references',
      data: { doi: '10.1000/retract-me', kind: 'study', title: 'A study to be retracted', vettingStatus: 'vetted' },
      overrideAccess: true,
    })
    const clinicC = await suite.booted.payload.create({
      collection: 'clinics',
      data: {
        crisisLine: 'Call or text 988',
        crisisNumber: '988',
        name: 'Clinic C',
        slug: 'clinic-c',
        webhooks: { urls: [receiver.url('/retract/c')] },
      },
      overrideAccess: true,
    })
    await setUrls(suite.network.clinicA.id, '/retract/a')
    await setUrls(suite.network.clinicB.id, '/retract/b')
    const [a1, a2] = [
      await publishNew('cites-a1', suite.network.clinicA.id, suite.network.users.marketerA, reference.id),
      await publishNew('cites-a2', suite.network.clinicA.id, suite.network.users.marketerA, reference.id),
    ]
    const b1 = await publishNew('cites-b1', suite.network.clinicB.id, suite.network.users.marketerB, reference.id)
    await writePost({
      clinic: suite.network.clinicA.id,
      marketer: suite.network.users.marketerA,
      reference: reference.id,
      slug: 'draft-citing',
    })
    await drainJobs()
    for (const path of ['/retract/a', '/retract/b']) receiver.clear(path)

    await suite.booted.payload.update({
      collection: 'references',
      data: { vettingNote: 'Retracted by the journal.', vettingStatus: 'retracted' },
      id: reference.id,
      overrideAccess: false,
      user: suite.network.users.editor,
    })
    await drainJobs()

    const summary = (post: { id: string; slug?: null | string; title: string }) => ({
      id: post.id,
      slug: post.slug,
      title: post.title,
    })
    const retracted = { doi: '10.1000/retract-me', id: reference.id, title: 'A study to be retracted' }
    const [toA] = receiver.at('/retract/a')
    const [toB] = receiver.at('/retract/b')
    const bodyA = verify(await secretOf(suite.network.clinicA.id), toA) as { posts: unknown[] }
    expect(bodyA).toMatchObject({ clinic: 'clinic-a', reference: retracted, type: 'reference.retracted' })
    expect(bodyA.posts).toHaveLength(2)
    expect(bodyA.posts).toEqual(expect.arrayContaining([summary(a1), summary(a2)]))
    expect(verify(await secretOf(suite.network.clinicB.id), toB)).toMatchObject({
      clinic: 'clinic-b',
      posts: [summary(b1)],
      reference: retracted,
      type: 'reference.retracted',
    })
    expect([
      receiver.at('/retract/a').length,
      receiver.at('/retract/b').length,
      receiver.at('/retract/c').length,
    ]).toEqual([1, 1, 0])
    expect(
      (
        await suite.booted.payload.find({
          collection: 'webhook-deliveries',
          overrideAccess: true,
          where: { clinic: { equals: clinicC.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('retries', () => {
  const jobOf = async (delivery: string) =>
    (
      await suite.booted.payload.find({
        collection: 'payload-jobs',
        limit: 100,
        overrideAccess: true,
        where: { taskSlug: { equals: 'deliverWebhook' } },
      })
    ).docs.find((job) => (job.input as { delivery?: string }).delivery === delivery)

  it('retries a failing receiver with exponential backoff, with the same event id, recording every attempt', async () => {
    await setUrls(suite.network.clinicA.id, '/flaky')
    receiver.answer('/flaky', 500, 503)
    await publishNew('flaky-receiver')
    const [delivery] = await deliveriesTo('/flaky')
    const job = (await jobOf(delivery.id))!

    await suite.booted.payload.jobs.runByID({ id: job.id })
    const afterFirst = (await jobOf(delivery.id))!
    const [first] = (await deliveriesTo('/flaky'))[0].attempts ?? []
    expect(first).toMatchObject({ error: 'The endpoint answered HTTP 500.', statusCode: 500 })
    expect((Date.parse(afterFirst.waitUntil as string) - Date.parse(first.attemptedAt)) / 1000).toBeCloseTo(60, -1)
    // Not due yet: the queue leaves it alone until its backoff has passed.
    await suite.booted.payload.jobs.run({ limit: 100 })
    expect(receiver.at('/flaky')).toHaveLength(1)

    await suite.booted.payload.jobs.runByID({ id: job.id })
    const afterSecond = (await jobOf(delivery.id))!
    const second = ((await deliveriesTo('/flaky'))[0].attempts ?? [])[1]
    expect(second.statusCode).toBe(503)
    expect((Date.parse(afterSecond.waitUntil as string) - Date.parse(second.attemptedAt)) / 1000).toBeCloseTo(120, -1)

    await suite.booted.payload.jobs.runByID({ id: job.id })
    const [final] = await deliveriesTo('/flaky')
    expect(final.status).toBe('delivered')
    expect(final.attempts?.map((attempt) => attempt.statusCode)).toEqual([500, 503, 200])
    const requests = receiver.at('/flaky')
    expect(new Set(requests.map((request) => request.headers['webhook-id']))).toEqual(new Set([delivery.eventId]))
    const secret = await secretOf(suite.network.clinicA.id)
    for (const request of requests) expect(verify(secret, request)).toMatchObject({ type: 'post.published' })
  })

  it('gives up after the last retry, marking the delivery failed', async () => {
    const closed = await startReceiver()
    const unreachable = closed.url('/gone')
    await closed.close()
    await suite.booted.payload.update({
      collection: 'clinics',
      data: { webhooks: { urls: [unreachable] } },
      id: suite.network.clinicA.id,
      overrideAccess: true,
    })
    await publishNew('unreachable-receiver')
    const { docs } = await suite.booted.payload.find({
      collection: 'webhook-deliveries',
      overrideAccess: true,
      where: { url: { equals: unreachable } },
    })
    const job = (await jobOf(docs[0].id))!

    for (let attempt = 0; attempt < 7; attempt += 1) await suite.booted.payload.jobs.runByID({ id: job.id })

    const failed = await suite.booted.payload.findByID({
      collection: 'webhook-deliveries',
      id: docs[0].id,
      overrideAccess: true,
    })
    expect(failed.status).toBe('failed')
    expect(failed.attempts).toHaveLength(7)
    expect(
      failed.attempts?.every((attempt) => attempt.error?.includes('ECONNREFUSED') && attempt.statusCode === null),
    ).toBe(true)
    expect((await jobOf(docs[0].id))?.hasError).toBe(true)
  })
})

describe('seeds and imports', () => {
  it('queue nothing: a post published by the seed sends no webhook', async () => {
    await setUrls(suite.network.clinicA.id, '/seeded')
    const post = await writePost({
      clinic: suite.network.clinicA.id,
      marketer: suite.network.users.marketerA,
      slug: 'seeded',
    })
    const asSeedActor = (user: TestUser) => ({ ...user }) as SeedActor
    await reviewSeedPost({
      editor: asSeedActor(suite.network.users.editor),
      id: post.id,
      payload: suite.booted.payload,
      post: { slug: 'seeded', state: 'published' },
      writer: asSeedActor(suite.network.users.marketerA),
    })
    expect(
      (await suite.booted.payload.findByID({ collection: 'posts', id: post.id, overrideAccess: true }))._status,
    ).toBe('published')
    expect(await deliveriesTo('/seeded')).toEqual([])
    await drainJobs()
    expect(receiver.at('/seeded')).toEqual([])
  })
})

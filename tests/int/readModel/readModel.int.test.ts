// The delivery read model's promise: what /v1 serves from the stored rows is exactly what rendering the live post
// now gives, after every kind of change a site can see, and the rows keep the record of what was served when.
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '@/payload-types'

import { bumpDeliveryGeneration, readDeliveryGeneration } from '@/delivery/cache/deliveryGeneration'
import { publishedPostsOf, summaryPopulate, summarySelect } from '@/delivery/queries/publishedPosts'
import { backfillDeliveryRows } from '@/delivery/readModel/backfillDeliveryRows'
import { queueOutdatedRowRenders } from '@/delivery/readModel/deliveryJob'
import { clinicForRendering, servedAt } from '@/delivery/readModel/deliveryRows'
import { staleRowIds } from '@/delivery/readModel/freshness'
import { loadLivePost } from '@/delivery/readModel/loadLivePost'
import { renderDeliveryDocuments } from '@/delivery/readModel/renderDeliveryDocuments'
import { renderVersion } from '@/delivery/readModel/renderVersion'
import { liveTopicsOf } from '@/delivery/serializers/liveTopicsOf'
import { serializePostSummary } from '@/delivery/serializers/serializePostSummary'
import { siteAddressesOf } from '@/delivery/siteAddresses'
import { unpublishPost } from '@/workflow/postActions'

import { bootNetwork } from '../../helpers/bootNetwork'
import { deliver, issueKeyAsAdmin } from '../../helpers/clinicKey'
import { withBlocks } from '../../helpers/lexicalBodies'
import { publishPostOfA, publishThroughReview } from '../../helpers/publishing'

const suite = bootNetwork()
let key: string

beforeAll(async () => {
  const { booted, network } = suite
  key = (await issueKeyAsAdmin({ admin: network.users.admin, baseUrl: booted.baseUrl, clinicId: network.clinicA.id }))
    .key
})

/**
 * The article as rendering the live post now gives it, related posts found the way the request-time renderer
 * found them (the posts table, not the rows): the reference every served body is compared with.
 */
const freshRender = async (payload: Payload, clinicId: string, slug: string): Promise<null | string> => {
  const clinic = await clinicForRendering(payload, clinicId)
  if (!clinic) throw new Error('no clinic')
  const inputs = await loadLivePost({ clinic, payload, where: { slug: { equals: slug } } })
  if (!inputs) return null
  const { article } = renderDeliveryDocuments(inputs.post, {
    ...inputs,
    clinic,
    now: new Date(),
  })
  const topics = liveTopicsOf(inputs.post.topics)
  const related = topics.length
    ? await payload.find({
        collection: 'posts',
        depth: 1,
        limit: 3,
        overrideAccess: true,
        pagination: false,
        populate: summaryPopulate,
        select: summarySelect,
        sort: '-publishedAt',
        where: publishedPostsOf(
          clinicId,
          { id: { not_equals: inputs.post.id } },
          { topics: { in: topics.map((topic) => topic.id) } },
        ),
      })
    : { docs: [] }
  const site = siteAddressesOf(clinic)
  return JSON.stringify({ ...article, related: related.docs.map((post) => serializePostSummary(post, site)) })
}

const currentRowOf = async (payload: Payload, slug: string) =>
  (
    await payload.find({
      collection: 'delivery-documents',
      overrideAccess: true,
      pagination: false,
      where: { and: [{ slug: { equals: slug } }, { supersededAt: { exists: false } }] },
    })
  ).docs

/** What /v1 serves equals a fresh render, both before the re-render job has run (stale rows) and after it. */
const expectServedAsRendered = async (slug: string) => {
  const { booted, network } = suite
  const served = async () => {
    const response = await deliver(booted.baseUrl, `/posts/${slug}`, key)
    return response.status === 200 ? response.text() : null
  }
  // Instances drop their caches within a poll of the change (250 ms).
  await expect
    .poll(async () => (await served()) === (await freshRender(booted.payload, network.clinicA.id, slug)), {
      interval: 100,
      timeout: 5_000,
    })
    .toBe(true)
  await booted.payload.jobs.run({ overrideAccess: true })
  const fresh = await freshRender(booted.payload, network.clinicA.id, slug)
  const rows = await currentRowOf(booted.payload, slug)
  if (fresh === null) return expect(rows).toEqual([])
  expect(rows).toHaveLength(1)
  const [row] = rows
  // The row itself, not a live fallback: fresh (nothing changed since it was rendered) and equal to the render.
  expect(await staleRowIds({ now: new Date(), payload: booted.payload, rows: [row] })).toEqual(new Set())
  const { related: _related, ...freshArticle } = JSON.parse(fresh) as Record<string, unknown>
  const { related: stored, ...rowArticle } = JSON.parse(row.article) as Record<string, unknown>
  expect(stored).toEqual([])
  expect(rowArticle).toEqual(freshArticle)
  expect(await served()).toBe(fresh)
}

describe('the delivery read model', () => {
  let post: Post

  it('serves a post as rendered from the moment it is published, and only that post is rendered', async () => {
    const { booted, network } = suite
    // Setup: a post with a hero image, a citation, a library claim and a topic.
    const before = await booted.payload.count({ collection: 'delivery-documents', overrideAccess: true })
    const written = await booted.payload.create({
      collection: 'posts',
      data: {
        author: network.a.author.id,
        body: withBlocks(
          'Ketamine was studied against ECT.',
          { blockType: 'citation', reference: network.reference.id },
          { blockType: 'claim', claim: network.claim.id },
        ),
        clinic: network.clinicA.id,
        excerpt: 'Parking and directions for your first visit.',
        heroImage: network.a.media.id,
        slug: 'read-model-one',
        title: 'Ketamine infusions explained',
        topics: [network.topic.id],
      },
      draft: true,
      overrideAccess: false,
      user: network.users.marketerA,
    })
    // Action
    post = await publishThroughReview({
      editor: network.users.editor,
      id: written.id,
      marketer: network.users.marketerA,
      payload: booted.payload,
    })
    // Assert
    const after = await booted.payload.count({ collection: 'delivery-documents', overrideAccess: true })
    expect(after.totalDocs - before.totalDocs).toBe(1)
    await expectServedAsRendered('read-model-one')
  })

  it('serves the new version once it is edited and published again', async () => {
    const { booted, network } = suite
    await booted.payload.update({
      collection: 'posts',
      data: { title: 'Ketamine infusions, explained again' },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: network.users.marketerA,
    })
    await publishThroughReview({
      editor: network.users.editor,
      id: post.id,
      marketer: network.users.marketerA,
      payload: booted.payload,
    })
    await expectServedAsRendered('read-model-one')
  })

  it('follows the author, the signer, the clinic, the topic and the image', async () => {
    const { booted, network } = suite
    const asOwner = { overrideAccess: true } as const
    await booted.payload.update({
      ...asOwner,
      collection: 'authors',
      data: { name: 'Dr A. Uthor' },
      id: network.a.author.id,
    })
    await expectServedAsRendered('read-model-one')
    await booted.payload.update({
      ...asOwner,
      collection: 'users',
      data: { credentials: { degree: 'MD', specialty: 'Psychiatry' }, name: 'Dr Editor Renamed' },
      id: network.users.editor.id,
    })
    await expectServedAsRendered('read-model-one')
    await booted.payload.update({
      ...asOwner,
      collection: 'clinics',
      data: { crisisLine: 'Call 911 or text 988', disclaimer: 'Not medical advice.' },
      id: network.clinicA.id,
    })
    await expectServedAsRendered('read-model-one')
    await booted.payload.update({
      ...asOwner,
      collection: 'topics',
      data: { name: 'Major depression' },
      id: network.topic.id,
    })
    await expectServedAsRendered('read-model-one')
    await booted.payload.update({
      ...asOwner,
      collection: 'media',
      data: { alt: 'A calm clinic room' },
      id: network.a.media.id,
    })
    await expectServedAsRendered('read-model-one')
  })

  it('shows another post published on the same topic among the related posts', async () => {
    const { booted, network } = suite
    await publishPostOfA({
      fields: {
        body: withBlocks('A second article.', { blockType: 'citation', reference: network.reference.id }),
        slug: 'read-model-two',
        title: 'A related article',
      },
      network,
      payload: booted.payload,
    })
    await expectServedAsRendered('read-model-one')
    const article = (await (await deliver(booted.baseUrl, '/posts/read-model-one', key)).json()) as {
      related: { slug: string }[]
    }
    expect(article.related.map((related) => related.slug)).toContain('read-model-two')
  })

  it('follows a claim reworded and approved again, and leaves out a claim past its re-review date', async () => {
    const { booted, network } = suite
    const asOwner = { overrideAccess: true } as const
    await booted.payload.update({
      ...asOwner,
      collection: 'claims',
      data: { statement: 'Ketamine was non-inferior to ECT in one large randomised trial.' },
      id: network.claim.id,
    })
    await expectServedAsRendered('read-model-one')
    await booted.payload.update({
      ...asOwner,
      collection: 'claims',
      data: { reReviewBy: new Date(Date.now() + 4_000).toISOString(), status: 'approved' },
      id: network.claim.id,
    })
    await expectServedAsRendered('read-model-one')
    const claimsOf = async () =>
      ((await (await deliver(booted.baseUrl, '/posts/read-model-one', key)).json()) as { claims: unknown[] }).claims
    expect(await claimsOf()).toHaveLength(1)
    // No write happens when the date passes: the row knows until when it may be served.
    await new Promise((resolve) => setTimeout(resolve, 4_500))
    await bumpDeliveryGeneration(await createLocalReq({}, booted.payload))
    await expect.poll(claimsOf, { interval: 100, timeout: 3_000 }).toHaveLength(0)
    expect(await (await deliver(booted.baseUrl, '/posts/read-model-one', key)).text()).toBe(
      await freshRender(booted.payload, network.clinicA.id, 'read-model-one'),
    )
  })

  it('drops a retracted reference at once, and re-renders every citing post through the job', async () => {
    const { booted, network } = suite
    await booted.payload.update({
      collection: 'references',
      data: { vettingNote: 'Retracted by the journal.', vettingStatus: 'retracted' },
      id: network.reference.id,
      overrideAccess: false,
      user: network.users.editor,
    })
    // Before any job runs, no row still shows the reference.
    const referencesOf = async (slug: string) =>
      ((await (await deliver(booted.baseUrl, `/posts/${slug}`, key)).json()) as { references: unknown[] }).references
    await expect.poll(() => referencesOf('read-model-two'), { interval: 100, timeout: 3_000 }).toHaveLength(0)
    await expectServedAsRendered('read-model-one')
    await expectServedAsRendered('read-model-two')
    const { docs: changes } = await booted.payload.find({
      collection: 'delivery-changes',
      overrideAccess: true,
      where: { dependency: { equals: `references:${network.reference.id}` } },
    })
    expect(changes.every((change) => change.renderedAt)).toBe(true)
    expect(changes.some((change) => change.urgency === 0)).toBe(true)
  })

  it('stops serving a post once it is unpublished, and keeps what was served when', async () => {
    const { booted, network } = suite
    const whileLive = new Date()
    const served = (await currentRowOf(booted.payload, 'read-model-one'))[0]
    await unpublishPost({
      id: post.id,
      note: 'Pulled for review',
      req: await createLocalReq({ user: network.users.marketerA }, booted.payload),
    })
    await expectServedAsRendered('read-model-one')
    expect((await deliver(booted.baseUrl, '/posts/read-model-one', key)).status).toBe(404)
    const then = await servedAt({
      at: whileLive,
      clinic: network.clinicA.id,
      payload: booted.payload,
      slug: 'read-model-one',
    })
    expect(then?.id).toBe(served.id)
    expect(
      await servedAt({ at: new Date(), clinic: network.clinicA.id, payload: booted.payload, slug: 'read-model-one' }),
    ).toBeNull()
    // Nothing was deleted: every render of the post is still there.
    const { totalDocs } = await booted.payload.count({
      collection: 'delivery-documents',
      overrideAccess: true,
      where: { slug: { equals: 'read-model-one' } },
    })
    expect(totalDocs).toBeGreaterThan(5)
  })
})

describe('the backfill', () => {
  it('renders every live post again, so an edit made below the API reaches sites', async () => {
    const { booted, network } = suite
    // Setup: a live post's title changed in the database itself, as an old import or a manual fix would.
    await booted.payload.db.updateOne({
      collection: 'posts',
      data: { title: 'Published post a, fixed by hand' },
      id: network.a.published.id,
      req: {} as never,
    })
    const titleOf = async () =>
      ((await (await deliver(booted.baseUrl, '/posts/published-a', key)).json()) as { title: string }).title
    expect(await titleOf()).toBe('Published post a')
    // Action
    const { rendered } = await backfillDeliveryRows({ payload: booted.payload })
    // Assert
    expect(rendered).toBeGreaterThanOrEqual(3)
    await expect.poll(titleOf, { interval: 100, timeout: 3_000 }).toBe('Published post a, fixed by hand')
    await expectServedAsRendered('published-a')
  })
})

describe('rows of an older shape', () => {
  it('are served as the post renders now, and the job queued at start-up renders them again', async () => {
    const { booted } = suite
    const { payload } = booted
    // Setup: the current row of a post as an older release wrote it: another version, no addresses in it yet.
    const [row] = await currentRowOf(payload, 'published-a')
    const strip = (json: string) => {
      const { url: _url, ...rest } = JSON.parse(json) as Record<string, unknown>
      return JSON.stringify(rest)
    }
    await payload.update({
      collection: 'delivery-documents',
      data: { article: strip(row.article), renderVersion: 1, summary: strip(row.summary) },
      id: row.id,
      overrideAccess: true,
    })
    await bumpDeliveryGeneration(await createLocalReq({}, payload))
    const listed = async () =>
      ((await (await deliver(booted.baseUrl, '/posts', key)).json()) as { docs: { slug: string; url: unknown }[] }).docs
    // Action: read it, then start up as an upgraded instance does
    await expect
      .poll(async () => (await listed()).find((post) => post.slug === 'published-a')?.url, { timeout: 5_000 })
      .toBe(siteAddressesOf(suite.network.clinicA).article({ slug: 'published-a' }))
    await queueOutdatedRowRenders(payload)
    await payload.jobs.run({ overrideAccess: true })
    // Assert: served as rendered now, from a row of this version
    await expectServedAsRendered('published-a')
    const [again] = await currentRowOf(payload, 'published-a')
    expect(again.id).not.toBe(row.id)
    expect(again.renderVersion).toBe(renderVersion)
    expect(JSON.parse(again.summary)).toHaveProperty('url')
  })
})

describe('lists and missing slugs', () => {
  it('matches whole words of the title and excerpt', async () => {
    const { booted } = suite
    const totalOf = async (q: string) =>
      (
        (await (await deliver(booted.baseUrl, `/posts?q=${encodeURIComponent(q)}`, key)).json()) as {
          totalDocs: number
        }
      ).totalDocs
    expect(await totalOf('related')).toBe(1)
    expect(await totalOf('RELATED article')).toBe(1)
    expect(await totalOf('related published')).toBe(0)
    expect(await totalOf('relat')).toBe(0)
  })

  it('keeps a 404 in the instance’s cache until content changes, and sends it as no-store', async () => {
    const { booted, network } = suite
    // The instance has seen every change the earlier tests made: a late one would drop the 404 this test caches.
    const generation = await readDeliveryGeneration(booted.payload)
    await expect
      .poll(
        async () =>
          ((await (await fetch(`${booted.baseUrl}/v1/health`)).json()) as { changes: { generation: null | string } })
            .changes.generation,
        { interval: 100, timeout: 5_000 },
      )
      .toBe(generation)
    const missing = await deliver(booted.baseUrl, '/posts/not-yet-there', key)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-store')
    // A row written below the hooks, without moving the generation: the cached 404 still answers.
    const [row] = await currentRowOf(booted.payload, 'read-model-two')
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = row
    await booted.payload.create({
      collection: 'delivery-documents',
      data: {
        ...copy,
        post: 'not-a-post',
        renderedAt: new Date().toISOString(),
        slug: 'not-yet-there',
        validUntil: null,
      },
      overrideAccess: true,
    })
    expect((await deliver(booted.baseUrl, '/posts/not-yet-there', key)).status).toBe(404)
    await bumpDeliveryGeneration(await createLocalReq({}, booted.payload))
    await expect
      .poll(async () => (await deliver(booted.baseUrl, '/posts/not-yet-there', key)).status, {
        interval: 100,
        timeout: 3_000,
      })
      .toBe(200)
    expect(network.clinicA.id).toBe(row.clinic)
  })
})

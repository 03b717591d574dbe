// A claim that expires or is reworded after posts went live: the site stops showing it at once, and the scheduled
// job sends it to re-review and puts every live post quoting it in the editors' queue, once.
import { describe, expect, it } from 'vitest'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { deliver, issueKeyAsAdmin } from '../../helpers/clinicKey'
import { withBlocks } from '../../helpers/lexicalBodies'
import { publishThroughReview } from '../../helpers/publishing'

const suite = bootNetwork()

let count = 0

/** An approved claim, and a published post of clinic A quoting it. */
const liveClaim = async (statement: string) => {
  const { booted, network } = suite
  const claim = await booted.payload.create({
    collection: 'claims',
    data: {
      reReviewBy: new Date(Date.now() + 86_400_000).toISOString(),
      statement,
      status: 'approved',
      supportingReferences: [network.reference.id],
    },
    overrideAccess: true,
  })
  const slug = `fallout-${++count}`
  const post = await booted.payload.create({
    collection: 'posts',
    data: {
      body: withBlocks('As one trial found,', { blockType: 'claim', claim: claim.id }),
      clinic: network.clinicA.id,
      slug,
      title: `Fallout ${count}`,
    },
    draft: true,
    overrideAccess: false,
    user: network.users.marketerA,
  })
  await publishThroughReview({
    editor: network.users.editor,
    id: post.id,
    marketer: network.users.marketerA,
    payload: booted.payload,
  })
  return { claim, post, slug }
}

/** What the scheduler does every minute, now: queue the task and run the queue. */
const runScheduledJobs = async () => {
  await suite.booted.payload.jobs.queue({ input: {}, task: 'reviewClaimFallout' })
  await suite.booted.payload.jobs.run({ limit: 100 })
}

const alertsFor = async (postId: string) =>
  (
    await suite.booted.payload.find({
      collection: 'review-alerts',
      overrideAccess: true,
      where: { and: [{ post: { equals: postId } }, { resolvedAt: { exists: false } }] },
    })
  ).docs

const articleHtml = async (slug: string, key: string) => {
  const response = await deliver(suite.booted.baseUrl, `/posts/${slug}`, key)
  expect(response.status).toBe(200)
  return ((await response.json()) as { claims: { statement: string }[]; html: string }).html
}

describe('a claim past its re-review date', () => {
  it('is not rendered on the live article, and the job sends it to re-review and alerts the editors once', async () => {
    // Setup
    const { booted, network } = suite
    const { key } = await issueKeyAsAdmin({
      admin: network.users.admin,
      baseUrl: booted.baseUrl,
      clinicId: network.clinicA.id,
    })
    const { claim, post, slug } = await liveClaim('Ketamine eased depression within a day in one trial.')
    expect(await articleHtml(slug, key)).toContain('eased depression within a day')

    // Action: the re-review date passes (here, an editor moves it into the past)
    await booted.payload.update({
      collection: 'claims',
      data: { reReviewBy: new Date(Date.now() - 1000).toISOString() },
      id: claim.id,
      overrideAccess: false,
      user: network.users.editor,
    })

    // Assert: not shown even before the job ran
    await expect.poll(() => articleHtml(slug, key), { interval: 50, timeout: 1_000 }).not.toContain('within a day')

    // Action
    await runScheduledJobs()
    await runScheduledJobs()

    // Assert
    const after = await booted.payload.findByID({ collection: 'claims', id: claim.id, overrideAccess: true })
    expect(after.status).toBe('needs_rereview')
    const alerts = await alertsFor(post.id)
    expect(alerts).toHaveLength(1)
    expect(alerts[0].reason).toContain('passed its re-review date')
    const { docs: events } = await booted.payload.find({
      collection: 'review-events',
      overrideAccess: true,
      where: { documentId: { equals: claim.id } },
    })
    expect(events.map((event) => event.action)).toContain('expire')
  })
})

describe('a claim reworded after the posts quoting it went live', () => {
  it('goes back to review, disappears from the article, and its live posts are in the editors’ queue', async () => {
    // Setup
    const { booted, network } = suite
    const { key } = await issueKeyAsAdmin({
      admin: network.users.admin,
      baseUrl: booted.baseUrl,
      clinicId: network.clinicA.id,
    })
    const { claim, post, slug } = await liveClaim('Some patients felt better after a few sessions.')

    // Action
    await booted.payload.update({
      collection: 'claims',
      data: { statement: 'Every patient feels better after one session.' },
      id: claim.id,
      overrideAccess: false,
      user: network.users.editor,
    })
    await runScheduledJobs()

    // Assert
    await expect.poll(() => articleHtml(slug, key), { interval: 50, timeout: 1_000 }).not.toContain('felt better')
    const html = await articleHtml(slug, key)
    expect(html).not.toContain('Every patient')
    const alerts = await alertsFor(post.id)
    expect(alerts.map((alert) => alert.reason)).toEqual([expect.stringContaining('was reworded and waits for review')])
    const { docs: events } = await booted.payload.find({
      collection: 'review-events',
      overrideAccess: true,
      where: { documentId: { equals: claim.id } },
    })
    expect(events.map((event) => event.action)).toContain('reword')
  })
})

describe('the expiry job', () => {
  it('is scheduled every minute on the default queue', () => {
    const task = suite.booted.payload.config.jobs.tasks?.find(({ slug }) => slug === 'reviewClaimFallout')
    expect(task?.schedule).toEqual([{ cron: '* * * * *', queue: 'default' }])
  })
})

describe('the job statistics Payload keeps for scheduled tasks', () => {
  it('are closed to marketers and editors', async () => {
    const { booted, network } = suite
    for (const user of [network.users.marketerA, network.users.editor]) {
      const response = await fetch(`${booted.baseUrl}/api/globals/payload-jobs-stats`, {
        headers: { Authorization: `JWT ${await login({ baseUrl: booted.baseUrl, user })}` },
      })
      expect(response.status, user.email).toBe(403)
    }
  })
})

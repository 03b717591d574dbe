// The publish gate holds on every path that can make a post live: REST, GraphQL, the Local API, creating,
// scheduled publishing, restoring a version, duplicating and bulk updates. Nothing unapproved gets out.
import { beforeAll, describe, expect, it } from 'vitest'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { bodyOf, withBlocks } from '../../helpers/lexicalBodies'
import { publishThroughReview } from '../../helpers/publishing'
import { fieldErrorsOf, restFieldErrors } from '../../helpers/validation'

let token: string

const suite = bootNetwork()
beforeAll(async () => {
  token = await login({ baseUrl: suite.booted.baseUrl, user: suite.network.users.admin })
})

const isLive = async (id: string) =>
  (await suite.booted.payload.findByID({ collection: 'posts', draft: false, id, overrideAccess: true }))._status ===
  'published'

/** A fresh draft in clinic A that nobody has reviewed. */
const unreviewedDraft = async ({ text = 'An unreviewed post.', title = 'Unreviewed' } = {}) =>
  suite.booted.payload.create({
    collection: 'posts',
    data: {
      body: bodyOf(text),
      clinic: suite.network.clinicA.id,
      slug: `unreviewed-${Math.random().toString(36).slice(2, 8)}`,
      title,
    },
    draft: true,
    overrideAccess: true,
  })

const noSignOff = 'No medical editor has signed this post off yet.'

describe('the publish gate refuses an unreviewed post', () => {
  it('over REST, even for an admin, listing the blocker', async () => {
    const post = await unreviewedDraft()
    const response = await fetch(`${suite.booted.baseUrl}/api/posts/${post.id}`, {
      body: JSON.stringify({ _status: 'published' }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { message: string }[] }
    // In plain words, naming the post: not Payload's "The following fields are invalid (1): signOff".
    expect(body.errors[0].message).toBe(`“Unreviewed” cannot be published yet:\n• ${noSignOff}`)
    expect(restFieldErrors(body)).toEqual([{ message: noSignOff, path: 'signOff' }])
    expect(await isLive(post.id)).toBe(false)
  })

  it('over GraphQL', async () => {
    const post = await unreviewedDraft()
    const response = await fetch(`${suite.booted.baseUrl}/api/graphql`, {
      body: JSON.stringify({ query: `mutation { updatePost(id: "${post.id}", data: { _status: published }) { id } }` }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = (await response.json()) as {
      errors?: { extensions?: { data?: { errors?: { message: string }[] } }; message: string }[]
    }
    expect(JSON.stringify(body.errors)).toContain(noSignOff)
    expect(await isLive(post.id)).toBe(false)
  })

  it('over the Local API, even with overrideAccess', async () => {
    const post = await unreviewedDraft()
    const error = await suite.booted.payload
      .update({ collection: 'posts', data: { _status: 'published' }, id: post.id, overrideAccess: true })
      .catch((caught: unknown) => caught)
    expect(fieldErrorsOf(error)).toEqual([{ message: noSignOff, path: 'signOff' }])
    expect(await isLive(post.id)).toBe(false)
  })

  it('when created already published, with a forged sign-off', async () => {
    const body = bodyOf('Forged.')
    const error = await suite.booted.payload
      .create({
        collection: 'posts',
        data: {
          _status: 'published',
          body,
          clinic: suite.network.clinicA.id,
          signOff: {
            contentHash: 'sha256:forged',
            signedOffAt: new Date().toISOString(),
            signedOffBy: suite.network.users.editor.id,
          },
          slug: 'forged',
          title: 'Forged',
          workflowState: 'approved',
        },
        overrideAccess: true,
      })
      .catch((caught: unknown) => caught)
    expect(fieldErrorsOf(error)).toEqual([{ message: noSignOff, path: 'signOff' }])
    expect(
      (
        await suite.booted.payload.count({
          collection: 'posts',
          overrideAccess: true,
          where: { slug: { equals: 'forged' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('in a bulk update, naming each post it refuses and why', async () => {
    // Setup
    const first = await unreviewedDraft({ title: 'Bulk first' })
    const second = await unreviewedDraft({ title: 'Bulk second' })
    // Action: what the list view's bulk Publish sends
    const response = await fetch(
      `${suite.booted.baseUrl}/api/posts?where[id][in][0]=${first.id}&where[id][in][1]=${second.id}`,
      {
        body: JSON.stringify({ _status: 'published' }),
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        method: 'PATCH',
      },
    )
    // Assert
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: { id: string; message: string }[] }
    expect(
      errors.map(({ id, message }) => ({ id: String(id), message })).sort((x, y) => (x.message < y.message ? -1 : 1)),
    ).toEqual([
      { id: first.id, message: `“Bulk first” cannot be published yet:\n• ${noSignOff}` },
      { id: second.id, message: `“Bulk second” cannot be published yet:\n• ${noSignOff}` },
    ])
    expect(await isLive(first.id)).toBe(false)
    expect(await isLive(second.id)).toBe(false)
  })

  it('when a scheduled publication comes due: Payload’s own scheduling is off, and a job the post does not expect does nothing', async () => {
    const post = await unreviewedDraft()
    const tasks = (await suite.booted.config).jobs.tasks ?? []
    expect(tasks.map(({ slug }) => slug)).not.toContain('schedulePublish')
    // Only the server queues jobs; even so, the workflow's job publishes only the moment the post itself holds.
    await suite.booted.payload.jobs.queue({
      input: { at: new Date().toISOString(), post: post.id },
      task: 'publishScheduledPost',
    })
    await suite.booted.payload.jobs.run()
    expect(await isLive(post.id)).toBe(false)
  })

  it('when a copy of a published post is published', async () => {
    const copy = await suite.booted.payload.duplicate({
      collection: 'posts',
      id: suite.network.a.published.id,
      overrideAccess: true,
    })
    expect(copy.signOff?.contentHash ?? null).toBeNull()
    expect(copy.workflowState).toBe('draft')
    const error = await suite.booted.payload
      .update({ collection: 'posts', data: { _status: 'published' }, id: copy.id, overrideAccess: true })
      .catch((caught: unknown) => caught)
    expect(fieldErrorsOf(error).map((e) => e.message)).toContain(noSignOff)
  })
})

describe('the publish gate and the library', () => {
  it('refuses to restore and publish an older text whose sign-off was replaced', async () => {
    const post = await suite.booted.payload.create({
      collection: 'posts',
      data: {
        body: withBlocks('First text.', { blockType: 'citation', reference: suite.network.reference.id }),
        clinic: suite.network.clinicA.id,
        slug: 'restored',
        title: 'Restored',
      },
      draft: true,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    await publishThroughReview({
      editor: suite.network.users.editor,
      id: post.id,
      marketer: suite.network.users.marketerA,
      payload: suite.booted.payload,
    })
    const firstVersion = (
      await suite.booted.payload.findVersions({
        collection: 'posts',
        overrideAccess: true,
        sort: '-updatedAt',
        where: { and: [{ parent: { equals: post.id } }, { 'version._status': { equals: 'published' } }] },
      })
    ).docs[0]
    await suite.booted.payload.update({
      collection: 'posts',
      data: { body: withBlocks('Second text.', { blockType: 'citation', reference: suite.network.reference.id }) },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    await publishThroughReview({
      editor: suite.network.users.editor,
      id: post.id,
      marketer: suite.network.users.marketerA,
      payload: suite.booted.payload,
    })

    const error = await suite.booted.payload
      .restoreVersion({ collection: 'posts', id: firstVersion.id, overrideAccess: true })
      .catch((caught: unknown) => caught)
    expect(fieldErrorsOf(error).map((e) => e.path)).toEqual(['signOff'])
    const live = await suite.booted.payload.findByID({
      collection: 'posts',
      draft: false,
      id: post.id,
      overrideAccess: true,
    })
    expect(JSON.stringify(live.body)).toContain('Second text.')
  })

  it('refuses publication once a cited reference is retracted or a claim is no longer approved', async () => {
    const reference = await suite.booted.payload.create({
      collection: 'references',
      data: { kind: 'trial', title: 'Soon retracted', vettingStatus: 'vetted' },
      overrideAccess: true,
    })
    const claim = await suite.booted.payload.create({
      collection: 'claims',
      data: {
        statement: 'A claim that will be retired.',
        status: 'approved',
        supportingReferences: [suite.network.reference.id],
      },
      overrideAccess: true,
    })
    const post = await suite.booted.payload.create({
      collection: 'posts',
      data: {
        body: withBlocks(
          'Text.',
          { blockType: 'citation', reference: reference.id },
          { blockType: 'claim', claim: claim.id },
        ),
        clinic: suite.network.clinicA.id,
        slug: 'library-bound',
        title: 'Library bound',
      },
      draft: true,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    await publishThroughReview({
      editor: suite.network.users.editor,
      id: post.id,
      marketer: suite.network.users.marketerA,
      payload: suite.booted.payload,
    })
    await suite.booted.payload.update({
      collection: 'references',
      data: { vettingNote: 'Retraction notice, 2026.', vettingStatus: 'retracted' },
      id: reference.id,
      overrideAccess: true,
    })
    await suite.booted.payload.update({
      collection: 'claims',
      data: { status: 'retired' },
      id: claim.id,
      overrideAccess: true,
    })

    // Any further publish of the post meets the gate, and what the editor signed no longer matches.
    const error = await suite.booted.payload
      .update({ collection: 'posts', data: { title: 'Library bound, renamed' }, id: post.id, overrideAccess: true })
      .catch((caught: unknown) => caught)
    expect(
      fieldErrorsOf(error)
        .map((e) => e.message)
        .sort(),
    ).toEqual([
      'The cited reference “Soon retracted” has been retracted.',
      'The claim “A claim that will be retired.” has been retired.',
      'What the post shows changed after it was signed off (its text, title, excerpt, images, SEO, topics or author, or the wording or status of a claim or reference it uses); a medical editor must sign off the new version.',
    ])
  })

  it('refuses a claim past its re-review date', async () => {
    const claim = await suite.booted.payload.create({
      collection: 'claims',
      data: {
        reReviewBy: '2020-01-01T00:00:00.000Z',
        statement: 'An expired claim.',
        status: 'approved',
        supportingReferences: [suite.network.reference.id],
      },
      overrideAccess: true,
    })
    const post = await suite.booted.payload.create({
      collection: 'posts',
      data: {
        body: withBlocks('Text.', { blockType: 'claim', claim: claim.id }),
        clinic: suite.network.clinicA.id,
        slug: 'expired-claim',
        title: 'Expired claim',
      },
      draft: true,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    const error = await publishThroughReview({
      editor: suite.network.users.editor,
      id: post.id,
      marketer: suite.network.users.marketerA,
      payload: suite.booted.payload,
    }).catch((caught: unknown) => caught)
    expect((error as Error).message).toContain('was due for re-review on 2020-01-01')
    expect(await isLive(post.id)).toBe(false)
  })
})

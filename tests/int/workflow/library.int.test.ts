// The claims library and reference vetting: who approves what on which evidence, and what a retraction reaches.
import { beforeAll, describe, expect, it } from 'vitest'

import type { TestUser } from '../../helpers/network'

import { graphqlActor, restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { withBlocks } from '../../helpers/lexicalBodies'
import { publishThroughReview } from '../../helpers/publishing'
import { expectInvalid, restFieldErrors } from '../../helpers/validation'

let otherEditor: TestUser

const suite = bootNetwork()
beforeAll(async () => {
  const password = 'pw-other-editor-0123'
  const created = await suite.booted.payload.create({
    collection: 'users',
    data: { email: 'other-editor@test.example', name: 'Other editor', password, roles: ['editor'] },
    overrideAccess: true,
  })
  otherEditor = { ...created, collection: 'users', password }
})

const reference = (data: Record<string, unknown>) =>
  suite.booted.payload.create({
    collection: 'references',
    data: { kind: 'trial', title: `Ref ${Math.random()}`, ...data } as never,
    overrideAccess: true,
  })
const propose = (statement: string, supportingReferences: string[], user: TestUser = suite.network.users.marketerA) =>
  suite.booted.payload.create({
    collection: 'claims',
    data: { statement, supportingReferences },
    overrideAccess: false,
    user,
  })
const approveAs = (user: TestUser, id: string, data: Record<string, unknown> = {}) =>
  suite.booted.payload.update({
    collection: 'claims',
    data: { status: 'approved', ...data } as never,
    id,
    overrideAccess: false,
    user,
  })

describe('approving claims', () => {
  it('records the reviewer and time, and logs the approval', async () => {
    const claim = await propose('Ketamine was non-inferior to ECT in one trial.', [suite.network.reference.id])
    expect(claim.status).toBe('pending')
    const approved = await approveAs(suite.network.users.editor, claim.id)
    expect(approved.status).toBe('approved')
    expect(approved.reviewer).toMatchObject({ id: suite.network.users.editor.id })
    expect(approved.reviewedAt).toBeTruthy()
    const { docs } = await suite.booted.payload.find({
      collection: 'review-events',
      overrideAccess: true,
      where: { documentId: { equals: claim.id } },
    })
    expect(docs.map((event) => event.action)).toEqual(['approve'])
  })

  it('refuses approval without a vetted reference', async () => {
    const unvetted = await reference({ vettingStatus: 'unvetted' })
    const claim = await propose('Ketamine infusions last forty minutes.', [unvetted.id])
    const errors = await expectInvalid(() => approveAs(suite.network.users.editor, claim.id))
    expect(errors).toEqual([
      { message: 'A claim can only be approved with at least one vetted reference.', path: 'supportingReferences' },
    ])
    expect(
      (await suite.booted.payload.findByID({ collection: 'claims', id: claim.id, overrideAccess: true })).status,
    ).toBe('pending')
  })

  it('refuses an efficacy claim that rests on news alone', async () => {
    const news = await reference({ kind: 'news', vettingStatus: 'vetted' })
    const claim = await propose('Ketamine is safe and effective for depression.', [news.id])
    const errors = await expectInvalid(() => approveAs(suite.network.users.editor, claim.id))
    expect(errors[0].message).toContain('News alone cannot support')
    // The same claim with a vetted trial beside the news passes.
    expect(
      (
        await approveAs(suite.network.users.editor, claim.id, {
          supportingReferences: [news.id, suite.network.reference.id],
        })
      ).status,
    ).toBe('approved')
  })

  it('refuses an editor approving their own proposal, and a marketer approving at all', async () => {
    const own = await propose(
      'Ketamine acts on glutamate receptors.',
      [suite.network.reference.id],
      suite.network.users.editor,
    )
    const errors = await expectInvalid(() => approveAs(suite.network.users.editor, own.id))
    expect(errors[0].message).toBe('You proposed this claim, so another medical editor must approve it.')
    expect((await approveAs(otherEditor, own.id)).status).toBe('approved')

    const rest = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    const claim = await propose('Another statement.', [suite.network.reference.id])
    await rest.update('claims', claim.id, { status: 'approved' })
    expect(
      (await suite.booted.payload.findByID({ collection: 'claims', id: claim.id, overrideAccess: true })).status,
    ).toBe('pending')
  })

  it('requires a note to reject, and sends a reworded approved claim back for review', async () => {
    const claim = await propose('Ketamine works within hours for some people.', [suite.network.reference.id])
    const rest = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.editor })
    const refused = await rest.update('claims', claim.id, { status: 'rejected' })
    expect(restFieldErrors(refused.data)).toEqual([
      { message: expect.stringContaining('Say why the claim is rejected'), path: 'reviewNote' },
    ])

    await approveAs(suite.network.users.editor, claim.id)
    const reworded = await suite.booted.payload.update({
      collection: 'claims',
      data: { statement: 'Ketamine works within minutes for everyone.' },
      id: claim.id,
      overrideAccess: true,
    })
    expect(reworded.status).toBe('pending')
  })
})

describe('retraction', () => {
  it('sends every claim resting on the reference back for review and alerts the editors about published posts citing it', async () => {
    const doomed = await reference({ title: 'A retracted trial', vettingStatus: 'vetted' })
    const claim = await propose('A statement on the doomed trial.', [doomed.id])
    await approveAs(suite.network.users.editor, claim.id)
    const direct = await suite.booted.payload.create({
      collection: 'posts',
      data: {
        body: withBlocks('Cites it directly.', { blockType: 'citation', reference: doomed.id }),
        clinic: suite.network.clinicA.id,
        slug: 'direct',
        title: 'Direct',
      },
      draft: true,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    const viaClaim = await suite.booted.payload.create({
      collection: 'posts',
      data: {
        body: withBlocks('Quotes the claim.', { blockType: 'claim', claim: claim.id }),
        clinic: suite.network.clinicB.id,
        slug: 'via-claim',
        title: 'Via claim',
      },
      draft: true,
      overrideAccess: false,
      user: suite.network.users.marketerB,
    })
    for (const [post, marketer] of [
      [direct, suite.network.users.marketerA],
      [viaClaim, suite.network.users.marketerB],
    ] as const) {
      await publishThroughReview({
        editor: suite.network.users.editor,
        id: post.id,
        marketer,
        payload: suite.booted.payload,
      })
    }

    const refused = await expectInvalid(() =>
      suite.booted.payload.update({
        collection: 'references',
        data: { vettingStatus: 'retracted' },
        id: doomed.id,
        overrideAccess: false,
        user: suite.network.users.editor,
      }),
    )
    expect(refused[0].path).toBe('vettingNote')
    await suite.booted.payload.update({
      collection: 'references',
      data: { vettingNote: 'Retracted by the journal in 2026.', vettingStatus: 'retracted' },
      id: doomed.id,
      overrideAccess: false,
      user: suite.network.users.editor,
    })

    expect(
      (await suite.booted.payload.findByID({ collection: 'claims', id: claim.id, overrideAccess: true })).status,
    ).toBe('needs_rereview')
    const alerts = await suite.booted.payload.find({
      collection: 'review-alerts',
      depth: 0,
      overrideAccess: true,
      where: { reference: { equals: doomed.id } },
    })
    expect(alerts.docs.map((alert) => alert.post).sort()).toEqual([direct.id, viaClaim.id].sort())
    expect(alerts.docs[0].reason).toContain(
      '“A retracted trial”, which has been retracted (Retracted by the journal in 2026.)',
    )

    // Each clinic's marketer sees only the alert on their own post; editors see both.
    const asA = await suite.booted.payload.find({
      collection: 'review-alerts',
      depth: 0,
      overrideAccess: false,
      user: suite.network.users.marketerA,
      where: { reference: { equals: doomed.id } },
    })
    expect(asA.docs.map((alert) => alert.post)).toEqual([direct.id])
    const ownAlert = asA.docs[0].id
    for (const actor of [
      await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerB }),
      await graphqlActor({
        baseUrl: suite.booted.baseUrl,
        payload: suite.booted.payload,
        user: suite.network.users.marketerB,
      }),
    ]) {
      expect((await actor.find('review-alerts')).ids, actor.name).not.toContain(ownAlert)
      expect((await actor.findByID('review-alerts', ownAlert)).isAllowed, actor.name).toBe(false)
      expect((await actor.create('review-alerts', { post: viaClaim.id, reason: 'Forged' })).isAllowed, actor.name).toBe(
        false,
      )
    }
    const events = await suite.booted.payload.find({
      collection: 'review-events',
      overrideAccess: true,
      sort: 'createdAt',
      where: { documentId: { equals: doomed.id } },
    })
    expect(events.docs.map((event) => event.action)).toEqual(['vet', 'retract'])
  })
})

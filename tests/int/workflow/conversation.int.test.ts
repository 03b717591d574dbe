// The conversation on a post: an editor's request for changes reaches the clinic's marketers (it used to be stored
// where only editors could read it), anchored to the flagged sentence it is about; marketers reply; no other clinic
// reads any of it, on REST, GraphQL or the Local API.
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { scanLexical } from '@/workflow/claimScanner'
import { loadConversation } from '@/workflow/postConversation'

import { graphqlActor, localActor, restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { bodyOf } from '../../helpers/lexicalBodies'
import { workflowActor } from '../../helpers/workflowActions'

const suite = bootNetwork()

const claimSentence = 'Ketamine relieves depression in 70% of patients within a week.'

const act = workflowActor(() => suite.booted.baseUrl)

const postInReview = async () => {
  const body = bodyOf(`Sessions last about forty minutes. ${claimSentence}`)
  const post = await suite.booted.payload.create({
    collection: 'posts',
    data: {
      body,
      clinic: suite.network.clinicA.id,
      slug: `talk-${Math.random().toString(36).slice(2, 8)}`,
      title: 'A post to talk about',
    },
    draft: true,
    overrideAccess: false,
    user: suite.network.users.marketerA,
  })
  expect((await act(suite.network.users.marketerA, post.id, 'submit')).status).toBe(200)
  const flag = scanLexical(body).find((candidate) => candidate.sentence.includes('70%'))
  if (!flag) throw new Error('The scanner no longer flags the test sentence')
  return { flagKey: flag.key, post }
}

const notesOf = async (id: string) =>
  (
    await suite.booted.payload.find({
      collection: 'review-events',
      overrideAccess: true,
      sort: 'createdAt',
      where: { and: [{ documentId: { equals: id } }, { note: { exists: true } }] },
    })
  ).docs

describe('the conversation on a post', () => {
  it('puts the editor’s request for changes, about one sentence, where the clinic’s marketer reads it', async () => {
    const { flagKey, post } = await postInReview()
    const asked = await act(suite.network.users.editor, post.id, 'request-changes', {
      key: flagKey,
      note: 'Which study says 70%? Cite it or soften the figure.',
    })
    expect(asked.status).toBe(200)

    const byId = { documentId: { equals: post.id } }
    for (const actor of [
      localActor({ payload: suite.booted.payload, user: suite.network.users.marketerA }),
      await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA }),
      await graphqlActor({
        baseUrl: suite.booted.baseUrl,
        payload: suite.booted.payload,
        user: suite.network.users.marketerA,
      }),
    ]) {
      const seen = await actor.find('review-events', byId)
      expect(seen.ids.length, actor.name).toBeGreaterThan(0)
    }
    const [request] = (await notesOf(post.id)).filter((event) => event.action === 'request_changes')
    expect(request).toMatchObject({
      note: 'Which study says 70%? Cite it or soften the figure.',
      sentence: claimSentence,
      sentenceKey: flagKey,
    })

    // What the post's sidebar shows the marketer: the editor by name, the sentence quoted, the request itself.
    const req = await createLocalReq({ user: suite.network.users.marketerA }, suite.booted.payload)
    const thread = await loadConversation({ id: post.id, req })
    expect(thread.map(({ action }) => action)).toEqual(['request_changes'])
    expect(thread[0]).toMatchObject({
      author: { name: suite.network.users.editor.name, role: 'editor' },
      note: 'Which study says 70%? Cite it or soften the figure.',
      sentence: claimSentence,
    })
  })

  it('records a marketer’s reply without moving the post, and another clinic sees none of it', async () => {
    const { flagKey, post } = await postInReview()
    await act(suite.network.users.editor, post.id, 'request-changes', { note: 'Please cite the figure.' })
    const before = await suite.booted.payload.findByID({ collection: 'posts', draft: true, id: post.id })

    const replied = await act(suite.network.users.marketerA, post.id, 'comment', {
      key: flagKey,
      note: 'The figure is from the clinic’s own survey; should I drop it?',
    })
    expect(replied.status).toBe(200)
    const after = await suite.booted.payload.findByID({ collection: 'posts', draft: true, id: post.id })
    expect(after.workflowState).toBe('changes_requested')
    expect(after.updatedAt).toBe(before.updatedAt)

    const req = await createLocalReq({ user: suite.network.users.editor }, suite.booted.payload)
    const thread = await loadConversation({ id: post.id, req })
    expect(thread.map(({ action, author }) => [action, author?.name])).toEqual([
      ['request_changes', suite.network.users.editor.name],
      ['comment', suite.network.users.marketerA.name],
    ])
    expect(thread[1].sentence).toBe(claimSentence)

    // Clinic B's marketer: no event of the post on any transport, and no way to write into its conversation.
    const byId = { documentId: { equals: post.id } }
    for (const actor of [
      localActor({ payload: suite.booted.payload, user: suite.network.users.marketerB }),
      await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerB }),
      await graphqlActor({
        baseUrl: suite.booted.baseUrl,
        payload: suite.booted.payload,
        user: suite.network.users.marketerB,
      }),
    ]) {
      const seen = await actor.find('review-events', byId)
      expect(seen.ids, actor.name).toEqual([])
    }
    const intruding = await act(suite.network.users.marketerB, post.id, 'comment', { note: 'Hello from clinic B' })
    expect(intruding.status).toBe(404)
    expect((await notesOf(post.id)).map(({ note }) => note)).not.toContain('Hello from clinic B')
  })

  it('refuses a note with no words, or about a sentence the post does not flag, naming the field and recording nothing', async () => {
    const { post } = await postInReview()
    const count = async () => (await notesOf(post.id)).length
    const before = await count()

    const empty = await act(suite.network.users.marketerA, post.id, 'comment', { note: '   ' })
    expect(empty.status).toBe(400)
    expect(empty.body.errors?.[0]).toMatchObject({ data: { field: 'note' } })

    const unknown = await act(suite.network.users.editor, post.id, 'comment', { key: 'no-such-key', note: 'Hm?' })
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors?.[0]).toMatchObject({ data: { field: 'key' } })

    expect(await count()).toBe(before)
  })

  it('keeps the audit log of the library to editors: a marketer reads no claim or reference events', async () => {
    await suite.booted.payload.update({
      collection: 'claims',
      data: { status: 'retired' },
      id: suite.network.claim.id,
      overrideAccess: false,
      user: suite.network.users.editor,
    })
    const library = { documentCollection: { in: ['claims', 'references'] } }
    expect(
      (await suite.booted.payload.count({ collection: 'review-events', overrideAccess: true, where: library }))
        .totalDocs,
    ).toBeGreaterThan(0)
    const marketer = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    expect((await marketer.find('review-events', library)).ids).toEqual([])
  })
})

// The review workflow: who may move a post, what a sign-off records, what voids it, waivers, and the audit trail.
import { describe, expect, it } from 'vitest'

import { graphqlActor, login, restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { withBlocks } from '../../helpers/lexicalBodies'
import { workflowActor } from '../../helpers/workflowActions'

const suite = bootNetwork()

const act = workflowActor(() => suite.booted.baseUrl)

const latest = (id: string) =>
  suite.booted.payload.findByID({ collection: 'posts', depth: 0, draft: true, id, overrideAccess: true })

const newPost = async (text: string, ...blocks: Record<string, unknown>[]) =>
  suite.booted.payload.create({
    collection: 'posts',
    data: {
      body: withBlocks(text, ...blocks),
      clinic: suite.network.clinicA.id,
      slug: `post-${Math.random().toString(36).slice(2, 8)}`,
      title: 'A post',
    },
    draft: true,
    overrideAccess: false,
    user: suite.network.users.marketerA,
  })

const events = async (id: string) =>
  (
    await suite.booted.payload.find({
      collection: 'review-events',
      limit: 100,
      overrideAccess: true,
      sort: 'createdAt',
      where: { documentId: { equals: id } },
    })
  ).docs.map((event) => event.action)

describe('moving a post through review', () => {
  it('goes from draft to published with every step recorded, the sign-off holding the hash of what was approved', async () => {
    const post = await newPost('Sessions last about forty minutes.', {
      blockType: 'citation',
      reference: suite.network.reference.id,
    })
    expect((await act(suite.network.users.marketerA, post.id, 'submit')).status).toBe(200)
    const signed = await act(suite.network.users.editor, post.id, 'sign-off', { note: 'Looks right.' })
    expect(signed.status).toBe(200)
    const approved = await latest(post.id)
    expect(approved.workflowState).toBe('approved')
    expect(approved.signOff).toMatchObject({ note: 'Looks right.', signedOffBy: suite.network.users.editor.id })
    expect(approved.signOff?.contentHash).toMatch(/^sha256:v3:[0-9a-f]{64}$/)
    expect((await act(suite.network.users.marketerA, post.id, 'publish')).status).toBe(200)
    expect((await latest(post.id))._status).toBe('published')
    // A draft edit of the live post leaves it live: no unpublish is logged, but the new title voids the sign-off.
    await suite.booted.payload.update({
      collection: 'posts',
      data: { title: 'A retitled post' },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    expect(await events(post.id)).toEqual(['submit', 'sign_off', 'publish', 'void_sign_off'])
    expect((await act(suite.network.users.marketerA, post.id, 'unpublish')).status).toBe(200)
    expect(await events(post.id)).toEqual(['submit', 'sign_off', 'publish', 'void_sign_off', 'unpublish'])
  })

  it('lets an editor send a post back only with a note, and the author resubmit it', async () => {
    const post = await newPost('A plain sentence.')
    await act(suite.network.users.marketerA, post.id, 'submit')
    const withoutNote = await act(suite.network.users.editor, post.id, 'request-changes')
    expect(withoutNote.status).toBe(400)
    expect(withoutNote.body.errors?.[0].message).toContain('A note is required')
    expect((await act(suite.network.users.editor, post.id, 'request-changes', { note: 'Add a source.' })).status).toBe(
      200,
    )
    expect((await latest(post.id)).workflowState).toBe('changes_requested')
    expect((await act(suite.network.users.marketerA, post.id, 'submit')).status).toBe(200)
    expect((await latest(post.id)).workflowState).toBe('in_review')
  })

  it('refuses a marketer signing off, an editor signing off text they wrote, and publishing before sign-off', async () => {
    const post = await newPost('A plain sentence.')
    await act(suite.network.users.marketerA, post.id, 'submit')
    expect((await act(suite.network.users.marketerA, post.id, 'sign-off')).status).toBe(403)
    expect((await act(suite.network.users.marketerA, post.id, 'publish')).status).toBe(409)

    await suite.booted.payload.update({
      collection: 'posts',
      data: { body: withBlocks('Edited by the editor.') },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: suite.network.users.editor,
    })
    const own = await act(suite.network.users.editor, post.id, 'sign-off')
    expect(own.status).toBe(403)
    expect(own.body.errors?.[0].message).toContain('another medical editor')
    expect((await latest(post.id)).signOff?.contentHash ?? null).toBeNull()
  })

  it('keeps a marketer of another clinic out of the workflow', async () => {
    const post = await newPost('A plain sentence.')
    expect([403, 404]).toContain((await act(suite.network.users.marketerB, post.id, 'submit')).status)
    expect((await latest(post.id)).workflowState).toBe('draft')
  })
})

describe('sign-offs', () => {
  it('are voided by any change to the body, returning the post to draft', async () => {
    const post = await newPost('Original wording.')
    await act(suite.network.users.marketerA, post.id, 'submit')
    await act(suite.network.users.editor, post.id, 'sign-off')
    await suite.booted.payload.update({
      collection: 'posts',
      data: { body: withBlocks('Changed wording.') },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    const after = await latest(post.id)
    expect(after.workflowState).toBe('draft')
    expect(after.signOff?.contentHash ?? null).toBeNull()
    expect(await events(post.id)).toEqual(['submit', 'sign_off', 'void_sign_off'])
  })

  it('are logged as voided when the post cites the library (the check reads it before the flag is set)', async () => {
    const citation = { blockType: 'citation', reference: suite.network.reference.id }
    const post = await newPost('Sessions last about forty minutes.', citation)
    await act(suite.network.users.marketerA, post.id, 'submit')
    await act(suite.network.users.editor, post.id, 'sign-off')
    await suite.booted.payload.update({
      collection: 'posts',
      data: { body: withBlocks('Sessions last about an hour.', citation) },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    expect((await latest(post.id)).signOff?.contentHash ?? null).toBeNull()
    expect(await events(post.id)).toEqual(['submit', 'sign_off', 'void_sign_off'])
  })

  it('resume when a live post is put back as it is live, as the admin’s “Revert to published” does', async () => {
    // Setup: a live post, then an accidental draft edit that voids its sign-off
    const { booted, network } = suite
    const citation = { blockType: 'citation', reference: network.reference.id }
    const post = await newPost('Sessions last about forty minutes.', citation)
    await act(network.users.marketerA, post.id, 'submit')
    await act(network.users.editor, post.id, 'sign-off')
    expect((await act(network.users.marketerA, post.id, 'publish')).status).toBe(200)
    const signOff = (await latest(post.id)).signOff
    await booted.payload.update({
      collection: 'posts',
      data: { title: 'A post, edited by accident' },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: network.users.marketerA,
    })
    expect((await latest(post.id)).signOff?.contentHash ?? null).toBeNull()
    const token = await login({ baseUrl: booted.baseUrl, user: network.users.marketerA })
    const url = `${booted.baseUrl}/api/posts/${post.id}?depth=0`
    const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }

    // Action: what the admin's button sends: the published document, read and saved back
    const published = await (await fetch(url, { headers })).json()
    const reverted = await fetch(url, { body: JSON.stringify(published), headers, method: 'PATCH' })

    // Assert
    expect(reverted.status, await reverted.clone().text()).toBe(200)
    const after = await latest(post.id)
    expect(after.title).toBe('A post')
    expect(after._status).toBe('published')
    expect(after.workflowState).toBe('published')
    expect(after.signOff).toEqual(signOff)
    // The history says so: the sign-off was voided by the edit and resumed by the revert, which saves it live.
    expect((await events(post.id)).slice(-3)).toEqual(['void_sign_off', 'resume_sign_off', 'publish'])
  })

  it('stay void when a live post is put back with any difference', async () => {
    // Setup
    const { booted, network } = suite
    const post = await newPost('Sessions last about forty minutes.', {
      blockType: 'citation',
      reference: network.reference.id,
    })
    await act(network.users.marketerA, post.id, 'submit')
    await act(network.users.editor, post.id, 'sign-off')
    expect((await act(network.users.marketerA, post.id, 'publish')).status).toBe(200)

    // Action: the accidental edit is undone, but the excerpt is new
    for (const data of [{ title: 'Edited' }, { excerpt: 'Now with an excerpt.', title: 'A post' }]) {
      await booted.payload.update({
        collection: 'posts',
        data,
        draft: true,
        id: post.id,
        overrideAccess: false,
        user: network.users.marketerA,
      })
    }

    // Assert
    expect((await latest(post.id)).signOff?.contentHash ?? null).toBeNull()
  })

  it('survive a save that changes nothing a site shows, as autosave sends', async () => {
    const post = await newPost('Stable wording.')
    await act(suite.network.users.marketerA, post.id, 'submit')
    await act(suite.network.users.editor, post.id, 'sign-off')
    const signed = await latest(post.id)
    await suite.booted.payload.update({
      collection: 'posts',
      data: { body: signed.body, title: signed.title },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    expect((await latest(post.id)).workflowState).toBe('approved')
  })

  it('cannot be written directly over REST or GraphQL', async () => {
    const post = await newPost('Unreviewed wording.')
    const forged = {
      signOff: {
        contentHash: 'sha256:forged',
        signedOffAt: new Date().toISOString(),
        signedOffBy: suite.network.users.editor.id,
      },
      workflowState: 'approved',
    }
    for (const actor of [
      await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.editor }),
      await graphqlActor({
        baseUrl: suite.booted.baseUrl,
        payload: suite.booted.payload,
        user: suite.network.users.admin,
      }),
    ]) {
      await actor.update('posts', post.id, forged)
      const after = await latest(post.id)
      expect(after.workflowState, actor.name).toBe('draft')
      expect(after.signOff?.contentHash ?? null, actor.name).toBeNull()
    }
  })
})

describe('flagged sentences', () => {
  it('block sign-off until resolved or waived by an editor with a note', async () => {
    const post = await newPost('Ketamine helps 70% of patients.')
    await act(suite.network.users.marketerA, post.id, 'submit')
    const refused = await act(suite.network.users.editor, post.id, 'sign-off')
    expect(refused.status).toBe(409)
    expect(refused.body.errors?.[0].message).toContain(
      '“Ketamine helps 70% of patients.” needs a citation or an approved claim',
    )

    const { scanLexical } = await import('@/workflow/claimScanner')
    const [flag] = scanLexical((await latest(post.id)).body)
    expect((await act(suite.network.users.editor, post.id, 'waive', { key: flag.key })).status).toBe(400)
    expect((await act(suite.network.users.marketerA, post.id, 'waive', { key: flag.key, note: 'Fine.' })).status).toBe(
      403,
    )
    expect(
      (
        await act(suite.network.users.editor, post.id, 'waive', {
          key: flag.key,
          note: 'Quoted from the approved patient leaflet.',
        })
      ).status,
    ).toBe(200)
    expect((await latest(post.id)).waivers).toMatchObject([
      { key: flag.key, note: 'Quoted from the approved patient leaflet.', waivedBy: suite.network.users.editor.id },
    ])
    expect((await act(suite.network.users.editor, post.id, 'sign-off')).status).toBe(200)
    expect(await events(post.id)).toEqual(['submit', 'waive', 'sign_off'])
  })

  it('block sign-off while a claim is only pending, naming the claim', async () => {
    const claim = await suite.booted.payload.create({
      collection: 'claims',
      data: { statement: 'A pending statement.', supportingReferences: [suite.network.reference.id] },
      overrideAccess: true,
    })
    const post = await newPost('Quoting the library.', { blockType: 'claim', claim: claim.id })
    await act(suite.network.users.marketerA, post.id, 'submit')
    const refused = await act(suite.network.users.editor, post.id, 'sign-off')
    expect(refused.status).toBe(409)
    expect(refused.body.errors?.[0].message).toContain(
      'The claim “A pending statement.” is waiting for an editor’s review.',
    )
  })
})

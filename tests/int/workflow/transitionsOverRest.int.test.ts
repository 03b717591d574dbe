// The server's review actions refuse exactly what the transitions table refuses, and nothing else: every action
// by every kind of user on posts in every state, over REST (POST /api/posts/:id/workflow/:action).
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Refusal } from '@/workflow/refusalOf'
import type { WorkflowAction } from '@/workflow/transitions'

import { scanLexical } from '@/workflow/claimScanner'
import { publishPost, requestChanges, signOffPost, submitForReview, waiveFlag } from '@/workflow/postActions'
import { refusalOf } from '@/workflow/refusalOf'
import { workflowActions } from '@/workflow/transitions'

import type { TestUser } from '../../helpers/network'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { withBlocks } from '../../helpers/lexicalBodies'

const tokens = new Map<string, string>()

const suite = bootNetwork()

/** Where a post is put before the action is tried; `edited-live` is a published post with a draft edit over it. */
const setups = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'edited-live'] as const
type Setup = (typeof setups)[number]
const people = ['admin', 'editor', 'marketerA', 'marketerB'] as const
type Person = (typeof people)[number]

/** A flagged sentence (for a waiver to accept) or a cited one, with any words added after it. */
const bodyOf = ({ isFlagged, more = '' }: { isFlagged: boolean; more?: string }) =>
  isFlagged
    ? withBlocks(`Ketamine helps 70% of patients.${more}`)
    : withBlocks(`Sessions last about forty minutes.${more}`, {
        blockType: 'citation',
        reference: suite.network.reference.id,
      })

/** A fresh post of clinic A in the given state, taken there through the actions as people do. */
const postIn = async (setup: Setup, { isFlagged }: { isFlagged: boolean }) => {
  const { editor, marketerA } = suite.network.users
  const as = (user: TestUser) => createLocalReq({ user }, suite.booted.payload)
  const post = await suite.booted.payload.create({
    collection: 'posts',
    data: {
      body: bodyOf({ isFlagged }),
      clinic: suite.network.clinicA.id,
      slug: `post-${Math.random().toString(36).slice(2, 10)}`,
      title: 'A post',
    },
    draft: true,
    overrideAccess: false,
    user: marketerA,
  })
  const { id } = post
  const key = scanLexical(post.body)[0]?.key
  if (setup === 'draft') return { id, key }
  await submitForReview({ id, req: await as(marketerA) })
  if (setup === 'in_review') return { id, key }
  if (setup === 'changes_requested') {
    await requestChanges({ id, note: 'Add a source.', req: await as(editor) })
    return { id, key }
  }
  if (key) await waiveFlag({ id, key, note: 'From the approved leaflet.', req: await as(editor) })
  await signOffPost({ id, req: await as(editor) })
  if (setup === 'approved') return { id, key }
  await publishPost({ id, req: await as(marketerA) })
  if (setup === 'edited-live')
    await suite.booted.payload.update({
      collection: 'posts',
      data: { body: bodyOf({ isFlagged, more: ' Call us to book.' }) },
      draft: true,
      id,
      overrideAccess: false,
      user: marketerA,
    })
  return { id, key }
}

const act = async (person: Person, id: string, action: WorkflowAction, body: Record<string, unknown>) => {
  const user = suite.network.users[person]
  if (!tokens.has(person)) tokens.set(person, await login({ baseUrl: suite.booted.baseUrl, user }))
  const response = await fetch(`${suite.booted.baseUrl}/api/posts/${id}/workflow/${action}`, {
    body: JSON.stringify(body),
    headers: { Authorization: `JWT ${tokens.get(person)}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })
  return response.status
}

/** What the table says, read from the post as it stands. */
const tableSays = async (person: Person, id: string, action: WorkflowAction): Promise<null | Refusal> => {
  const find = (draft: boolean) =>
    suite.booted.payload.findByID({ collection: 'posts', depth: 0, draft, id, overrideAccess: true })
  const [latest, live] = await Promise.all([find(true), find(false)])
  return refusalOf({
    action,
    post: { ...latest, isLive: live._status === 'published' },
    user: suite.network.users[person],
  })
}

/** The status each refusal answers with. A marketer of another clinic cannot see the post at all: 404. */
const statusFor = (refusal: null | Refusal, person: Person): number => {
  if (refusal === 'role') return 403
  if (person === 'marketerB') return 404
  return refusal === null ? 200 : refusal === 'state' ? 409 : 403
}

const cases = setups.flatMap((setup) =>
  people.flatMap((person) => workflowActions.map((action) => ({ action, person, setup }))),
)

describe('the review actions over REST', () => {
  it.each(cases)('$action by $person on a $setup post does what the table says', async ({ action, person, setup }) => {
    // Setup: a post in the state, flagged when a waiver is tried (a waiver needs a flagged sentence to accept).
    const { id, key } = await postIn(setup, { isFlagged: action === 'waive' })
    const refusal = await tableSays(person, id, action)
    // Action
    const publishAt = new Date(Date.now() + 3_600_000).toISOString()
    const status = await act(person, id, action, { key, note: 'A note for the author.', publishAt })
    // Assert
    expect(status).toBe(statusFor(refusal, person))
  })

  it('refuses an editor signing off text they wrote, as the table does', async () => {
    const { id } = await postIn('in_review', { isFlagged: false })
    await suite.booted.payload.update({
      collection: 'posts',
      data: { body: withBlocks('Reworded by the editor.') },
      draft: true,
      id,
      overrideAccess: false,
      user: suite.network.users.editor,
    })
    expect(await tableSays('editor', id, 'sign-off')).toBe('own-text')
    expect(await act('editor', id, 'sign-off', {})).toBe(403)
  })

  it('refuses an editor submitting for review (the drift the admin panel had)', async () => {
    const { id } = await postIn('draft', { isFlagged: false })
    expect(await tableSays('editor', id, 'submit')).toBe('role')
    expect(await act('editor', id, 'submit', {})).toBe(403)
  })
})

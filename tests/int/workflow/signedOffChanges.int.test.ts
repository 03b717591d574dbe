// What changed since the sign-off, as the review panel shows it: the signed version (found by the hash the sign-off
// recorded) against the latest draft, line by line and word by word, citations written out by their reference.
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { loadSignedOffChanges } from '@/workflow/loadSignedOffChanges'

import type { TestUser } from '../../helpers/network'

import { bootNetwork } from '../../helpers/bootNetwork'
import { bodyOfNodes, withBlocks } from '../../helpers/lexicalBodies'
import { workflowActor } from '../../helpers/workflowActions'

const suite = bootNetwork()

const act = async (user: TestUser, id: string, action: string, body: Record<string, unknown> = {}) => {
  const answer = await workflowActor(() => suite.booted.baseUrl)(user, id, action, body)
  expect(answer.status, `${action}: ${JSON.stringify(answer.body)}`).toBe(200)
}

const cited = (text: string) => withBlocks(text, { blockType: 'citation', reference: suite.network.reference.id })

const changesAs = async (user: TestUser, id: string) => {
  const post = await suite.booted.payload.findByID({ collection: 'posts', depth: 0, draft: true, id })
  return loadSignedOffChanges({ post, req: await createLocalReq({ user }, suite.booted.payload) })
}

describe('changes since the sign-off', () => {
  it('lists nothing while the post shows what was signed, then each changed line, word by word', async () => {
    const post = await suite.booted.payload.create({
      collection: 'posts',
      data: {
        body: cited('Ketamine was compared with ECT in one large trial.'),
        clinic: suite.network.clinicA.id,
        slug: `diff-${Math.random().toString(36).slice(2, 8)}`,
        title: 'Ketamine and ECT',
      },
      draft: true,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    await act(suite.network.users.marketerA, post.id, 'submit')
    await act(suite.network.users.editor, post.id, 'sign-off')
    expect(await changesAs(suite.network.users.editor, post.id)).toBeNull()

    const [paragraph] = (cited('Ketamine was compared with ECT in one large trial.')?.root.children ?? []) as never[]
    await suite.booted.payload.update({
      collection: 'posts',
      data: {
        body: bodyOfNodes(paragraph, {
          children: [{ text: 'Most patients feel better within hours.', type: 'text', version: 1 }],
          type: 'paragraph',
          version: 1,
        }),
        title: 'Ketamine versus ECT',
      },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })

    for (const reader of [suite.network.users.editor, suite.network.users.marketerA]) {
      const diff = await changesAs(reader, post.id)
      expect(diff?.signedOffBy).toBe(suite.network.users.editor.name)
      const title = diff?.changes.find((change) => change.label === 'Title')
      expect(title).toMatchObject({ kind: 'changed' })
      const words = title?.kind === 'changed' ? title.words : []
      expect(words.filter(({ kind }) => kind === 'removed').map(({ text }) => text)).toEqual(['and'])
      expect(words.filter(({ kind }) => kind === 'added').map(({ text }) => text)).toEqual(['versus'])
      expect(diff?.changes).toContainEqual({
        kind: 'added',
        label: 'Body',
        text: 'Most patients feel better within hours.',
      })
      // The unchanged, cited paragraph is not listed.
      expect(JSON.stringify(diff?.changes)).not.toContain('[citation:')
    }
  })

  it('writes out a swapped citation by its reference', async () => {
    const other = await suite.booted.payload.create({
      collection: 'references',
      data: { kind: 'review', title: 'Esketamine nasal spray review', vettingStatus: 'vetted', year: 2021 },
      overrideAccess: true,
    })
    const post = await suite.booted.payload.create({
      collection: 'posts',
      data: {
        body: cited('Ketamine was compared with ECT in one large trial.'),
        clinic: suite.network.clinicA.id,
        slug: `diff-${Math.random().toString(36).slice(2, 8)}`,
        title: 'A cited post',
      },
      draft: true,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    await act(suite.network.users.marketerA, post.id, 'submit')
    await act(suite.network.users.editor, post.id, 'sign-off')
    await suite.booted.payload.update({
      collection: 'posts',
      data: {
        body: withBlocks('Ketamine was compared with ECT in one large trial.', {
          blockType: 'citation',
          reference: other.id,
        }),
      },
      draft: true,
      id: post.id,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    const diff = await changesAs(suite.network.users.editor, post.id)
    const body = diff?.changes.find((change) => change.label === 'Body')
    const words = body?.kind === 'changed' ? body.words : []
    expect(
      words
        .filter(({ kind }) => kind === 'added')
        .map(({ text }) => text)
        .join(' '),
    ).toContain('Esketamine')
    expect(
      words
        .filter(({ kind }) => kind === 'removed')
        .map(({ text }) => text)
        .join(' '),
    ).toContain('ECT')
  })
})

// The flagged sentences of text not saved yet (POST /api/posts/:id/flags), which the review panel lists as the
// writer types: the publish gate's own rule over the sent body, title and excerpt, with the post's waivers; only
// for a post the caller may read; bad input is refused naming the field; nothing is saved.
import { describe, expect, it } from 'vitest'

import type { TestUser } from '../../helpers/network'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { bodyOf, withBlocks } from '../../helpers/lexicalBodies'

const suite = bootNetwork()
const claim = 'Ketamine cures depression in 95% of patients.'

const scan = async (user: null | TestUser, id: string, data: unknown) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (user) headers.Authorization = `JWT ${await login({ baseUrl: suite.booted.baseUrl, user })}`
  const response = await fetch(`${suite.booted.baseUrl}/api/posts/${id}/flags`, {
    body: JSON.stringify(data),
    headers,
    method: 'POST',
  })
  return {
    body: (await response.json()) as {
      errors?: { message: string }[]
      flags?: { key: string; message: string; sentence: string }[]
    },
    status: response.status,
  }
}

const draftOfA = () =>
  suite.booted.payload.create({
    collection: 'posts',
    data: {
      body: bodyOf('A plain sentence.'),
      clinic: suite.network.clinicA.id,
      slug: `live-${Math.random().toString(36).slice(2, 8)}`,
      title: 'Live flags',
    },
    draft: true,
    overrideAccess: false,
    user: suite.network.users.marketerA,
  })

describe('flagged sentences as the writer types', () => {
  it('lists what the sent text would be flagged for, in the body and the title, and saves nothing', async () => {
    const post = await draftOfA()
    const answer = await scan(suite.network.users.marketerA, post.id, {
      body: bodyOf(`A plain sentence. ${claim}`),
      title: 'FDA approved for everyone',
    })
    expect(answer.status).toBe(200)
    const sentences = answer.body.flags?.map(({ sentence }) => sentence)
    expect(sentences).toEqual(expect.arrayContaining([claim, 'FDA approved for everyone']))
    expect(answer.body.flags?.find(({ sentence }) => sentence === claim)?.message).toContain(
      'needs a citation or an approved claim',
    )
    // A citation resolves it, as it would on save.
    const cited = await scan(suite.network.users.marketerA, post.id, {
      body: withBlocks(claim, { blockType: 'citation', reference: suite.network.reference.id }),
    })
    expect(cited.body.flags).toEqual([])
    const unchanged = await suite.booted.payload.findByID({ collection: 'posts', draft: true, id: post.id })
    expect(unchanged.title).toBe('Live flags')
    expect(JSON.stringify(unchanged.body)).not.toContain('95%')
  })

  it('answers only those who may read the post, and refuses bad input naming the field', async () => {
    const post = await draftOfA()
    expect((await scan(null, post.id, { body: bodyOf(claim) })).status).toBe(401)
    expect((await scan(suite.network.users.marketerB, post.id, { body: bodyOf(claim) })).status).toBe(404)
    const notJson = await scan(suite.network.users.marketerA, post.id, { body: 'nope' })
    expect(notJson.status).toBe(400)
    expect(notJson.body.errors?.[0]?.message).toContain('body')
    const badTitle = await scan(suite.network.users.marketerA, post.id, { title: 5 })
    expect(badTitle.status).toBe(400)
    expect(badTitle.body.errors?.[0]?.message).toContain('title')
    const hostile = await scan(suite.network.users.marketerA, post.id, { body: { root: { children: 'nope' } } })
    expect(hostile.status).toBe(200)
  })
})

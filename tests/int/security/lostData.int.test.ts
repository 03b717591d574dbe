// Lost data: a permanent delete only empties the trash and never removes what content still points at, and a save
// from a stale copy is refused instead of silently reverting someone else's change.
import { beforeAll, describe, expect, it } from 'vitest'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { bodyOf, withBlocks } from '../../helpers/lexicalBodies'

const suite = bootNetwork()
const asOwner = { overrideAccess: true } as const
let adminHeaders: Record<string, string>
let editorHeaders: Record<string, string>

beforeAll(async () => {
  const { booted, network } = suite
  const headersOf = async (user: typeof network.users.admin) => ({
    Authorization: `JWT ${await login({ baseUrl: booted.baseUrl, user })}`,
    'Content-Type': 'application/json',
  })
  adminHeaders = await headersOf(network.users.admin)
  editorHeaders = await headersOf(network.users.editor)
})

const unique = () => Math.random().toString(36).slice(2, 8)
const api = (method: string, path: string, body?: unknown, headers = adminHeaders) =>
  fetch(`${suite.booted.baseUrl}/api${path}`, { body: body ? JSON.stringify(body) : undefined, headers, method })
const trash = (collection: 'claims' | 'clinics' | 'posts' | 'references' | 'topics', id: string) =>
  suite.booted.payload.update({ collection, data: { deletedAt: new Date().toISOString() }, id, ...asOwner })
const stillThere = async (collection: 'claims' | 'clinics' | 'posts' | 'references' | 'topics', id: string) =>
  Boolean(await suite.booted.payload.findByID({ collection, disableErrors: true, id, trash: true, ...asOwner }))

const draftCiting = async (title: string, block: Record<string, unknown>) =>
  suite.booted.payload.create({
    collection: 'posts',
    data: {
      body: withBlocks('As one study found,', block),
      clinic: suite.network.clinicA.id,
      slug: `p-${unique()}`,
      title,
    },
    draft: true,
    ...asOwner,
  })

type Case = {
  collection: 'claims' | 'clinics' | 'posts' | 'references' | 'topics'
  name: string
  query: string
  setup: () => Promise<{ afterwards?: () => Promise<void>; id: string }>
  why: RegExp
}

const refusals: Case[] = [
  {
    collection: 'topics',
    name: 'an admin DELETE of a topic that is not in the trash',
    query: '',
    setup: async () => {
      const topic = await suite.booted.payload.create({
        collection: 'topics',
        data: { name: `T ${unique()}`, slug: `t-${unique()}` },
        ...asOwner,
      })
      return { id: topic.id }
    },
    why: /not in the trash/,
  },
  {
    collection: 'posts',
    name: 'an admin DELETE ?trash=true of a draft post that is not in the trash',
    query: '?trash=true',
    setup: async () => ({
      id: (
        await draftCiting(`Live draft ${unique()}`, { blockType: 'citation', reference: suite.network.reference.id })
      ).id,
    }),
    why: /not in the trash/,
  },
  {
    collection: 'references',
    name: 'emptying from the trash a reference a draft cites',
    query: '?trash=true',
    setup: async () => {
      const { payload } = suite.booted
      const reference = await payload.create({
        collection: 'references',
        data: { kind: 'trial', title: `Trial ${unique()}`, vettingStatus: 'vetted', year: 2022 },
        ...asOwner,
      })
      const draft = await draftCiting('The draft that cites it', { blockType: 'citation', reference: reference.id })
      await trash('references', reference.id)
      return {
        // The draft that cites it still saves: no 500 from a vanished reference.
        afterwards: async () =>
          expect((await api('PATCH', `/posts/${draft.id}?draft=true`, { title: 'The draft, edited' })).status).toBe(
            200,
          ),
        id: reference.id,
      }
    },
    why: /The draft that cites it/,
  },
  {
    collection: 'claims',
    name: 'emptying from the trash a claim a post cites',
    query: '?trash=true',
    setup: async () => {
      const claim = await suite.booted.payload.create({
        collection: 'claims',
        data: {
          statement: `A claim ${unique()}.`,
          status: 'approved',
          supportingReferences: [suite.network.reference.id],
        },
        ...asOwner,
      })
      await draftCiting('The post that states it', { blockType: 'claim', claim: claim.id })
      await trash('claims', claim.id)
      return { id: claim.id }
    },
    why: /The post that states it/,
  },
  {
    collection: 'clinics',
    name: 'emptying from the trash a clinic that still has posts',
    query: '?trash=true',
    setup: async () => {
      const { payload } = suite.booted
      const clinic = await payload.create({
        collection: 'clinics',
        data: {
          crisisLine: 'Call or text 988',
          crisisNumber: '988',
          name: `Clinic ${unique()}`,
          slug: `c-${unique()}`,
        },
        ...asOwner,
      })
      const post = await payload.create({
        collection: 'posts',
        data: { body: bodyOf('Hello.'), clinic: clinic.id, slug: `p-${unique()}`, title: 'A clinic post' },
        draft: true,
        ...asOwner,
      })
      await trash('clinics', clinic.id)
      return {
        afterwards: async () => {
          const kept = await payload.findByID({ collection: 'posts', depth: 0, draft: true, id: post.id, ...asOwner })
          expect(kept.clinic).toBe(clinic.id)
        },
        id: clinic.id,
      }
    },
    why: /1 posts/,
  },
]

describe('permanent deletes', () => {
  it.each(refusals)(
    'refuse $name with a 409 that says why, and remove nothing',
    async ({ collection, query, setup, why }) => {
      // Setup
      const { afterwards, id } = await setup()

      // Action
      const response = await api('DELETE', `/${collection}/${id}${query}`)

      // Assert
      expect(response.status).toBe(409)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(why)
      expect(await stillThere(collection, id)).toBe(true)
      await afterwards?.()
    },
  )

  it('still empty the trash of what nothing uses', async () => {
    // Setup
    const topic = await suite.booted.payload.create({
      collection: 'topics',
      data: { name: `T ${unique()}`, slug: `t-${unique()}` },
      ...asOwner,
    })
    await trash('topics', topic.id)

    // Action
    const response = await api('DELETE', `/topics/${topic.id}?trash=true`)

    // Assert
    expect(response.status).toBe(200)
    expect(await stillThere('topics', topic.id)).toBe(false)
  })
})

describe('saves from a stale copy', () => {
  it.each([
    { collection: 'references' as const, draft: '', field: 'summary', mine: 'title' },
    { collection: 'posts' as const, draft: '?draft=true', field: 'title', mine: 'excerpt' },
  ])(
    'of $collection are refused with a 409 naming what changed ($field), keeping the first change',
    async ({ collection, draft, field, mine }) => {
      // Setup: two editors open the same document; the first saves a change.
      const { booted, network } = suite
      const id = collection === 'posts' ? network.a.draft.id : network.reference.id
      const read = async () =>
        (await (await api('GET', `/${collection}/${id}${draft}${draft ? '&' : '?'}depth=0`)).json()) as Record<
          string,
          unknown
        >
      const secondCopy = await read()
      await new Promise((resolve) => setTimeout(resolve, 5))
      const firstSave = await api('PATCH', `/${collection}/${id}${draft}`, {
        ...(await read()),
        [field]: `First editor's ${field}`,
      })
      expect(firstSave.status).toBe(200)

      // Action: the second editor saves the whole stale copy with a change of their own.
      const staleSave = await api(
        'PATCH',
        `/${collection}/${id}${draft}`,
        { ...secondCopy, [mine]: 'Second editor’s change' },
        editorHeaders,
      )

      // Assert
      expect(staleSave.status).toBe(409)
      const error = ((await staleSave.json()) as { errors: { data?: { changedFields?: string[] }; message: string }[] })
        .errors[0]
      expect(error.message).toContain(field)
      expect(error.message).toMatch(/reload/)
      const stored = (await booted.payload.findByID({
        collection,
        depth: 0,
        draft: true,
        id,
        ...asOwner,
      })) as unknown as Record<string, unknown>
      expect(stored[field]).toBe(`First editor's ${field}`)
      // A save from the fresh copy goes through.
      expect(
        (await api('PATCH', `/${collection}/${id}${draft}`, { ...(await read()), [field]: 'Merged' }, editorHeaders))
          .status,
      ).toBe(200)
    },
  )

  it.each([
    { after: 'only autosaves', status: 200 },
    { after: 'autosaves and someone else’s save', status: 409 },
  ])('of a post older than $after: $status', async ({ status }) => {
    // Setup: the editor's form read the post, then its autosave wrote a change (updating its version in place).
    const { booted, network } = suite
    const post = await draftCiting('A post being written', { blockType: 'citation', reference: network.reference.id })
    const copy = await (await api('GET', `/posts/${post.id}?draft=true&depth=0`, undefined, editorHeaders)).json()
    await new Promise((resolve) => setTimeout(resolve, 5))
    const typed = { ...copy, excerpt: 'Typed, then autosaved.' }
    expect((await api('PATCH', `/posts/${post.id}?draft=true&autosave=true`, typed, editorHeaders)).status).toBe(200)
    if (status === 409)
      await booted.payload.update({
        collection: 'posts',
        data: { excerpt: 'Someone else’s excerpt.' },
        draft: true,
        id: post.id,
        ...asOwner,
      })
    const before = await booted.payload.findByID({
      collection: 'posts',
      depth: 0,
      draft: true,
      id: post.id,
      ...asOwner,
    })

    // Action: a save from the form's copy, read before that autosave (a form reloaded while it was on the way).
    const saved = await api(
      'PATCH',
      `/posts/${post.id}?draft=true`,
      { ...typed, title: 'A post, saved' },
      editorHeaders,
    )

    // Assert: the running draft is nobody else's change; a save in between still is.
    expect(saved.status).toBe(status)
    const stored = await booted.payload.findByID({
      collection: 'posts',
      depth: 0,
      draft: true,
      id: post.id,
      ...asOwner,
    })
    expect(stored.title).toBe(status === 200 ? 'A post, saved' : 'A post being written')
    expect(stored.excerpt).toBe(before.excerpt)
  })
})

// The demo network: built from nothing, built again without duplicating anything, refused in production.
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { posts as seedPosts } from '@/seed/data/content'
import { seedNetwork } from '@/seed/seedNetwork'
import { contentHash } from '@/workflow/contentHash'
import { loadShownContent } from '@/workflow/loadShownContent'

import type { Booted } from '../../helpers/boot'

import { boot } from '../../helpers/boot'

let booted: Booted
/** The keys the first build handed out, shown once. */
let demoKeys: { key: null | string }[] = []

beforeAll(async () => {
  booted = await boot()
})
afterAll(async () => booted?.shutdown())

const collections = ['clinics', 'clinic-keys', 'users', 'authors', 'topics', 'references', 'claims', 'posts'] as const
const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      collections.map(async (collection) => [
        collection,
        (await booted.payload.count({ collection, overrideAccess: true, trash: true })).totalDocs,
      ]),
    ),
  )

describe('seed', () => {
  // The whole demo network through the real workflow, images included: about 35 s alone, more on a busy CI machine.
  it(
    'builds the demo network: three clinics, every role, a real library and posts in every state',
    { timeout: 150_000 },
    async () => {
      const summary = await seedNetwork({ payload: booted.payload })
      expect(summary.existing).toBe(0)
      const after = await counts()
      expect(after.clinics).toBe(3)
      expect(after.references).toBeGreaterThanOrEqual(12)
      expect(after.posts).toBeGreaterThanOrEqual(6)
      const roles = new Set(summary.users.flatMap((user) => user.roles))
      expect([...roles].sort()).toEqual(['admin', 'editor', 'marketer'])
      // Each demo clinic gets a working delivery key, shown this once.
      expect(summary.keys).toHaveLength(3)
      demoKeys = summary.keys
      for (const { key } of summary.keys) {
        const response = await fetch(`${booted.baseUrl}/v1/posts`, { headers: { Authorization: `Bearer ${key}` } })
        expect(response.status).toBe(200)
      }

      const { docs: posts } = await booted.payload.find({
        collection: 'posts',
        depth: 0,
        draft: true,
        limit: 100,
        overrideAccess: true,
      })
      expect(new Set(posts.map((post) => post.workflowState))).toEqual(
        new Set(['draft', 'in_review', 'changes_requested', 'approved', 'published']),
      )
      // Every signed-off post's hash matches what is stored: the seed never fakes a sign-off.
      for (const post of posts.filter((candidate) => candidate.signOff?.contentHash)) {
        const { shown } = await loadShownContent({ post, req: await createLocalReq({}, booted.payload) })
        expect(post.signOff?.contentHash, post.slug).toBe(contentHash(shown))
      }
      // The editor waived exactly the post's explicit list, each with its own note: no blanket waiving.
      for (const post of posts) {
        const listed = seedPosts.find((candidate) => candidate.slug === post.slug)?.waivers ?? []
        expect((post.waivers ?? []).map((waiver) => waiver.note).sort(), post.slug).toEqual(
          listed.map((waiver) => waiver.note).sort(),
        )
      }
      const waived = posts.reduce((total, post) => total + (post.waivers?.length ?? 0), 0)
      expect(waived).toBe(seedPosts.reduce((total, post) => total + (post.waivers?.length ?? 0), 0))
      // The demo's review steps e-mail nobody: the demo accounts' addresses are made up.
      const mails = await booted.payload.count({
        collection: 'payload-jobs',
        overrideAccess: true,
        where: { taskSlug: { in: ['sendEmail', 'sendInvitation'] } },
      })
      expect(mails.totalDocs).toBe(0)
    },
  )

  it('gives every clinic a logo and every published post a hero image, which load from /v1/media', async () => {
    // The network the first test built, on the same database, read with the keys it handed out.
    const { docs: clinics } = await booted.payload.find({ collection: 'clinics', depth: 0, overrideAccess: true })
    expect(clinics.map((clinic) => Boolean(clinic.logo))).toEqual(clinics.map(() => true))
    expect(demoKeys).toHaveLength(3)
    for (const { key } of demoKeys) {
      expect(key).toMatch(/^vk_/)
      const headers = { Authorization: `Bearer ${key}` }
      const clinic = (await (await fetch(`${booted.baseUrl}/v1/clinic`, { headers })).json()) as {
        logo: { url: string }
      }
      const list = (await (await fetch(`${booted.baseUrl}/v1/posts`, { headers })).json()) as {
        docs: { heroImage: { srcset: string; url: string } | null }[]
      }
      expect(list.docs.length).toBeGreaterThan(0)
      const images = [clinic.logo.url, ...list.docs.map((post) => post.heroImage!.url)]
      for (const url of images) {
        const file = await fetch(`${booted.baseUrl}${new URL(url).pathname}`)
        expect(file.status, url).toBe(200)
        expect(file.headers.get('content-type'), url).toMatch(/^image\/(png|jpeg)$/)
      }
    }
  })

  it('vets exactly the references whose metadata was confirmed, each with a DOI', async () => {
    const { docs } = await booted.payload.find({
      collection: 'references',
      limit: 100,
      overrideAccess: true,
      where: { kind: { not_equals: 'news' } },
    })
    expect(docs.every((reference) => /^10\.\d{4,9}\//.test(reference.doi ?? ''))).toBe(true)
    const vetted = docs.filter((reference) => reference.vettingStatus === 'vetted')
    expect(vetted.length).toBe(10)
    expect(docs.filter((reference) => reference.vettingStatus === 'unvetted').length).toBe(docs.length - 10)
  })

  it('creates nothing new when run a second time', async () => {
    const before = await counts()
    const summary = await seedNetwork({ payload: booted.payload })
    expect(summary.created).toBe(0)
    expect(summary.keys.map(({ key }) => key)).toEqual([null, null, null])
    expect(await counts()).toEqual(before)
  })

  it('is refused when NODE_ENV=production', async () => {
    const env = process.env as Record<string, string | undefined>
    const nodeEnv = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      await expect(seedNetwork({ payload: booted.payload })).rejects.toThrow(/refused when NODE_ENV=production/)
    } finally {
      env.NODE_ENV = nodeEnv
    }
  })
})

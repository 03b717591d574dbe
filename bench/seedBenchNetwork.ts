// Builds the bench's network: the demo network through the real workflow, clinics up to --clinics, then thousands
// of published posts copied at the database level from the demo post with the most citations.
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import type { Post } from '@/payload-types'

import { backfillDeliveryRows } from '@/delivery/readModel/backfillDeliveryRows'
import { seedContext } from '@/requestContext'
import { clinics as demoClinics } from '@/seed/data/content'
import { users as demoUsers } from '@/seed/data/users'
import { startProgress } from '@/seed/progress'
import { seedNetwork } from '@/seed/seedNetwork'
import { figuresToVerify } from '@/workflow/figuresToVerify'

import type { BenchOptions } from './options'

import { slugs } from '../collections/slugs'
import { bulkInsertDeliveryRows, rowsPerBatch } from './bulkInsertDeliveryRows'
import { bulkInsertPosts, type PostCopy, postsPerBatch } from './bulkInsertPosts'

export type BenchClinic = { id: string; slug: string }

export type BenchNetwork = {
  /** Clinics with --posts copied posts each (the demo clinics included), and each copy's slug. */
  clinics: (BenchClinic & { postSlugs: string[] })[]
  /** The demo post the copies were made from, in its own clinic: the cached post-by-slug case. */
  template: { clinic: BenchClinic; slug: string }
  list: { large: BenchClinic; small: BenchClinic }
  /**
   * Drafts in the template's clinic, written by its marketer, for publish-to-visible, each with the template's
   * waivers: the same text, so the editor waives the same sentences with the same reasons before signing off, and
   * checks the same cited figures (`checked`).
   */
  drafts: { checked: string[]; id: string; slug: string; waivers: { key: string; note: string }[] }[]
  /** marketer: who writes and publishes in the template's clinic. */
  users: { admin: DemoUser; editor: DemoUser; marketer: DemoUser }
}

type DemoUser = { email: string; password: string }

const hour = 3_600_000

const demoUser = (email: string): DemoUser => {
  const user = demoUsers.find((candidate) => candidate.email === email)
  if (!user) throw new Error(`The demo seed has no user ${email}.`)
  return { email: user.email, password: user.password }
}

const findTemplate = async (payload: Payload): Promise<Post> => {
  const { docs } = await payload.find({
    collection: slugs.posts,
    depth: 0,
    limit: 100,
    overrideAccess: true,
    where: { _status: { equals: 'published' } },
  })
  const [richest] = docs.sort((a, b) => (b.citedReferences?.length ?? 0) - (a.citedReferences?.length ?? 0))
  if (!richest) throw new Error('The demo seed published no post to copy.')
  return richest
}

const ensureClinic = async (payload: Payload, slug: string, index: number): Promise<BenchClinic> => {
  const { docs } = await payload.find({
    collection: slugs.clinics,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { slug: { equals: slug } },
  })
  if (docs[0]) return { id: docs[0].id, slug }
  const { slug: _slug, domains: _domains, ...shape } = demoClinics[index % demoClinics.length]
  const created = await payload.create({
    collection: slugs.clinics,
    context: seedContext(),
    data: { ...shape, domains: [`${slug}.example`], name: `Bench clinic ${slug}`, slug } as never,
    depth: 0,
    overrideAccess: true,
  })
  return { id: created.id, slug }
}

const authorOf = async (payload: Payload, clinic: BenchClinic): Promise<string> => {
  const { docs } = await payload.find({
    collection: slugs.authors,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { clinic: { equals: clinic.id } },
  })
  if (docs[0]) return docs[0].id
  const created = await payload.create({
    collection: slugs.authors,
    context: seedContext(),
    data: { clinic: clinic.id, name: 'Avery Bench', slug: 'avery-bench' } as never,
    depth: 0,
    overrideAccess: true,
  })
  return created.id
}

export const seedBenchNetwork = async ({
  options,
  payload,
}: {
  options: BenchOptions
  payload: Payload
}): Promise<BenchNetwork> => {
  await seedNetwork({ payload })
  const template = await findTemplate(payload)
  const templateClinicId = typeof template.clinic === 'object' ? template.clinic?.id : template.clinic
  const { docs: existing } = await payload.find({
    collection: slugs.clinics,
    depth: 0,
    limit: 100,
    overrideAccess: true,
    sort: 'createdAt',
  })
  const clinics: BenchClinic[] = existing.slice(0, options.clinics).map(({ id, slug }) => ({ id, slug }))
  for (let index = clinics.length; index < options.clinics; index += 1)
    clinics.push(await ensureClinic(payload, `bench-${String(index + 1).padStart(3, '0')}`, index))
  const list = {
    large: await ensureClinic(payload, 'bench-list-large', 0),
    small: await ensureClinic(payload, 'bench-list-small', 1),
  }

  // Newest first is the list's order: spread publication dates an hour apart, the newest an hour ago.
  const copiesFor = (clinic: BenchClinic, authorId: string, count: number): PostCopy[] =>
    Array.from({ length: count }, (_, index) => ({
      authorId,
      clinicId: clinic.id,
      id: randomUUID(),
      publishedAt: new Date(Date.now() - (index + 1) * hour),
      slug: `${clinic.slug}-post-${index + 1}`,
      title: `${template.title} (${clinic.slug} #${index + 1})`,
    }))
  const planned: PostCopy[] = []
  const withSlugs: BenchNetwork['clinics'] = []
  for (const clinic of clinics) {
    const copies = copiesFor(clinic, await authorOf(payload, clinic), options.posts)
    planned.push(...copies)
    withSlugs.push({ ...clinic, postSlugs: copies.map((copy) => copy.slug) })
  }
  planned.push(...copiesFor(list.small, await authorOf(payload, list.small), options.small))
  planned.push(...copiesFor(list.large, await authorOf(payload, list.large), options.large))
  // The demo network's own posts got no delivery rows from the seed (their render jobs never ran here).
  await backfillDeliveryRows({ payload })
  const copying = startProgress({
    label: 'Copying published posts',
    payload,
    total: Math.ceil(planned.length / postsPerBatch),
  })
  await bulkInsertPosts({ copies: planned, payload, progress: copying, templateId: template.id })
  copying.done()
  // The copies went in below the hooks, so they have no delivery rows yet: rendering each the way
  // npm run delivery:backfill does costs 30–50 ms a post, so their rows are written in bulk from the same renderer.
  const rendering = startProgress({
    label: 'Writing their delivery rows',
    payload,
    total: Math.ceil(planned.length / rowsPerBatch),
  })
  await bulkInsertDeliveryRows({
    copies: planned,
    payload,
    progress: rendering,
    templateClinicId: String(templateClinicId),
    templateId: template.id,
  })
  rendering.done()

  const templateClinic = clinics.find((clinic) => clinic.id === templateClinicId)
  if (!templateClinic) throw new Error('The template post belongs to none of the bench clinics.')
  // The clinic's own marketer writes and publishes the drafts; where the demo has none, the admin does (as in the seed).
  const writer = demoUsers.find((user) => user.roles.includes('marketer') && user.clinics.includes(templateClinic.slug))
  const marketer = demoUser(writer?.email ?? 'admin@vetted.example')
  return {
    clinics: withSlugs,
    drafts: await createDrafts({ clinic: templateClinic, count: options.publishes, marketer, payload, template }),
    list,
    template: { clinic: templateClinic, slug: template.slug as string },
    users: { admin: demoUser('admin@vetted.example'), editor: demoUser('editor@vetted.example'), marketer },
  }
}

/** Drafts written by the clinic's marketer, each a copy of the template's text, ready to go through review. */
const createDrafts = async ({
  clinic,
  count,
  marketer,
  payload,
  template,
}: {
  clinic: BenchClinic
  count: number
  marketer: DemoUser
  payload: Payload
  template: Post
}) => {
  const { docs } = await payload.find({
    collection: slugs.users,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { email: { equals: marketer.email } },
  })
  const writer = docs[0]
  if (!writer) throw new Error(`No user ${marketer.email}.`)
  const drafts: BenchNetwork['drafts'] = []
  for (let index = 1; index <= count; index += 1) {
    const slug = `bench-publish-${index}`
    const created = await payload.create({
      collection: slugs.posts,
      context: seedContext(),
      data: {
        author: template.author,
        body: template.body,
        clinic: clinic.id,
        excerpt: template.excerpt,
        seo: template.seo,
        slug,
        // A prefix, not a suffix: "… Open Questions (publish 1)" reads to the claim scanner as a statement about glutamate.
        title: `Bench publish ${index}: ${template.title}`,
        topics: template.topics,
      } as never,
      depth: 0,
      draft: true,
      overrideAccess: true,
      user: { ...writer, collection: 'users' },
    })
    const waivers = (template.waivers ?? []).map(({ key, note }) => ({ key, note: note ?? '' }))
    const checked = figuresToVerify({ body: template.body }).map(({ key }) => key)
    drafts.push({ checked, id: created.id, slug, waivers })
  }
  return drafts
}

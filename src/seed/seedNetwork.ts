// Builds the demo network: clinics, users, authors, topics, the shared library and posts in every workflow state.
import type { Payload, Where } from 'payload'

import { editorConfigFactory } from '@payloadcms/richtext-lexical'

import type { Reference } from '@/payload-types'

import { seedContext } from '@/requestContext'
import { normaliseDoi } from '@/workflow/identifiers'

import { slugs } from '../../collections/slugs'
import { authors, claims, clinics, posts, topics } from './data/content'
import { extraReferences } from './data/extraReferences'
import referencesJson from './data/references.json' with { type: 'json' }
import { users } from './data/users'
import { demoHero, demoLogo } from './demoImages'
import { ensure } from './ensure'
import { markdownToBody } from './markdownToBody'
import { startProgress } from './progress'
import { reviewSeedPost, type SeedActor } from './reviewSeedPost'
import { type DemoKey, seedDemoKeys } from './seedDemoKeys'

type PaperJson = (typeof referencesJson)[number]

const evidenceLevelByKind: Record<string, Reference['evidenceLevel']> = {
  'meta-analysis': '1',
  observational: '4',
  preclinical: '5',
  review: '5',
  trial: '2',
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
const daysAhead = (days: number) => daysAgo(-days)

export type SeedSummary = {
  created: number
  existing: number
  keys: DemoKey[]
  users: { email: string; password: string; roles: string[] }[]
}

export const seedNetwork = async ({ payload }: { payload: Payload }): Promise<SeedSummary> => {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('The demo seed creates accounts with published passwords; it is refused when NODE_ENV=production.')
  }
  const papers = referencesJson as PaperJson[]
  const total =
    topics.length +
    // Each clinic and its logo; each post and its hero image.
    clinics.length * 2 +
    users.length +
    authors.length +
    papers.length +
    extraReferences.length +
    claims.length +
    posts.length * 2
  const progress = startProgress({ label: 'Seeding the demo network', payload, total })
  const tally = { created: 0, existing: 0 }
  const count = (result: { created: boolean; id: string }, label: string) => {
    tally[result.created ? 'created' : 'existing'] += 1
    progress.step(label)
    return result.id
  }

  const topicIds = new Map<string, string>()
  for (const topic of topics) {
    topicIds.set(
      topic.slug,
      count(
        await ensure({ collection: slugs.topics, data: topic, payload, where: { slug: { equals: topic.slug } } }),
        `topic ${topic.slug}`,
      ),
    )
  }

  const clinicIds = new Map<string, string>()
  const brandOf = new Map<string, string>()
  for (const { brandColour, consultation, slug, ...clinic } of clinics) {
    const data = { ...clinic, brandColour, consultation, slug }
    const result = await ensure({ collection: slugs.clinics, data, payload, where: { slug: { equals: slug } } })
    clinicIds.set(slug, count(result, `clinic ${slug}`))
    brandOf.set(slug, brandColour)
    const alt = `${clinic.name} logo`
    const logo = await ensure({
      collection: slugs.media,
      data: { alt, clinic: result.id },
      file: await demoLogo(brandColour, `${slug}-logo`),
      payload,
      where: { and: [{ clinic: { equals: result.id } }, { alt: { equals: alt } }] },
    })
    count(logo, `logo of ${slug}`)
    // A clinic created now gets its logo; one an admin has edited since keeps whatever it has.
    if (result.created)
      await payload.update({
        collection: slugs.clinics,
        context: seedContext(),
        data: { logo: logo.id },
        id: result.id,
        overrideAccess: true,
      })
  }

  const userDocs = new Map<string, { id: string } & Record<string, unknown>>()
  for (const { clinics: memberOf, ...user } of users) {
    const data = { ...user, clinics: memberOf.map((slug) => ({ clinic: clinicIds.get(slug) as string })) }
    const id = count(
      await ensure({ collection: slugs.users, data, payload, where: { email: { equals: user.email } } }),
      `user ${user.email}`,
    )
    userDocs.set(user.email, {
      ...(await payload.findByID({ collection: slugs.users, depth: 0, id, overrideAccess: true })),
      id,
    })
  }
  const editor = userDocs.get('editor@vetted.example') as { id: string }
  const marketer = userDocs.get('marketer@harbor-light.example') as { id: string } & Record<string, unknown>

  const authorIds = new Map<string, string>()
  for (const { clinic, ...author } of authors) {
    const clinicId = clinicIds.get(clinic) as string
    const where: Where = { and: [{ clinic: { equals: clinicId } }, { slug: { equals: author.slug } }] }
    authorIds.set(
      `${clinic}/${author.slug}`,
      count(
        await ensure({ collection: slugs.authors, data: { ...author, clinic: clinicId }, payload, where }),
        `author ${author.slug}`,
      ),
    )
  }

  const referenceIds = new Map<string, string>()
  for (const { metadataConfirmed, unconfirmedFields, ...paper } of papers) {
    const doi = normaliseDoi(paper.doi) as string
    const data = {
      ...paper,
      doi,
      evidenceLevel: evidenceLevelByKind[paper.kind],
      kind: paper.kind as Reference['kind'],
      ...(metadataConfirmed
        ? {
            vettedAt: daysAgo(30),
            vettedBy: editor.id,
            vettingNote: 'Checked against PubMed.',
            vettingStatus: 'vetted' as const,
          }
        : {
            vettingNote: `Metadata still to confirm: ${unconfirmedFields.join(', ')}.`,
            vettingStatus: 'unvetted' as const,
          }),
    }
    referenceIds.set(
      doi,
      count(
        await ensure({ collection: slugs.references, data, payload, where: { doi: { equals: doi } } }),
        `reference ${doi}`,
      ),
    )
  }
  for (const reference of extraReferences) {
    count(
      await ensure({
        collection: slugs.references,
        data: { ...reference },
        payload,
        where: { url: { equals: reference.url } },
      }),
      `reference ${reference.url}`,
    )
  }

  const claimIds = new Map<string, string>()
  for (const claim of claims) {
    // A marketer proposes each claim; the editor reviews it, as the library's rules require.
    const data = {
      statement: claim.statement,
      status: claim.status === 'draft' ? ('draft' as const) : ('pending' as const),
      supportingReferences: claim.references.map((doi) => referenceIds.get(normaliseDoi(doi) as string) as string),
      topics: claim.topics.map((slug) => topicIds.get(slug) as string),
    }
    const result = await ensure({
      collection: slugs.claims,
      data,
      payload,
      user: marketer,
      where: { statement: { equals: claim.statement } },
    })
    if (result.created && (claim.status === 'approved' || claim.status === 'rejected')) {
      await payload.update({
        collection: slugs.claims,
        data: {
          reReviewBy: claim.status === 'approved' ? daysAhead(365) : undefined,
          reviewNote: claim.note,
          status: claim.status,
        },
        id: result.id,
        overrideAccess: false,
        user: { ...editor, collection: 'users' } as never,
      })
    }
    claimIds.set(claim.key, count(result, `claim ${claim.key}`))
  }

  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const resolve = {
    claim: (key: string) => claimIds.get(key) ?? missing('claim', key),
    reference: (doi: string) => referenceIds.get(normaliseDoi(doi) as string) ?? missing('reference', doi),
  }
  const admin = userDocs.get('admin@vetted.example') as SeedActor
  // A clinic's own marketer writes its posts; where the demo has none, the admin does.
  const writerFor = (clinic: string) => {
    const marketer = users.find((user) => user.roles.includes('marketer') && user.clinics.includes(clinic))
    return marketer ? (userDocs.get(marketer.email) as SeedActor) : admin
  }
  for (const [index, post] of posts.entries()) {
    const clinicId = clinicIds.get(post.clinic) as string
    const writer = writerFor(post.clinic)
    const heroAlt = `Abstract illustration for “${post.title}”`
    const hero = await ensure({
      collection: slugs.media,
      data: { alt: heroAlt.slice(0, 250), clinic: clinicId },
      file: await demoHero(brandOf.get(post.clinic) ?? '#1f5f8b', index, `${post.slug}-hero`),
      payload,
      where: { and: [{ clinic: { equals: clinicId } }, { alt: { equals: heroAlt.slice(0, 250) } }] },
    })
    count(hero, `hero of ${post.slug}`)
    const data = {
      author: authorIds.get(`${post.clinic}/${post.author}`),
      heroImage: hero.id,
      body: markdownToBody({ editorConfig, markdown: post.body, resolve }),
      clinic: clinicId,
      excerpt: post.excerpt,
      publishedAt: post.state === 'published' ? daysAgo(10 + index * 9) : undefined,
      seo: post.seo,
      slug: post.slug,
      title: post.title,
      topics: post.topics.map((slug) => topicIds.get(slug) as string),
    }
    const where: Where = { and: [{ clinic: { equals: clinicId } }, { slug: { equals: post.slug } }] }
    const result = await ensure({ collection: slugs.posts, data, draft: true, payload, user: writer, where })
    // New posts travel the real review workflow, so every seeded sign-off and publication passed the gate.
    if (result.created) await reviewSeedPost({ editor: editor as SeedActor, id: result.id, payload, post, writer })
    count(result, `post ${post.clinic}/${post.slug}`)
  }

  progress.done()
  const keys = await seedDemoKeys({ admin, clinicIds, payload })
  return { ...tally, keys, users: users.map(({ email, password, roles }) => ({ email, password, roles })) }
}

const missing = (kind: string, key: string): never => {
  throw new Error(`The seed post refers to ${kind} "${key}", which the seed does not define.`)
}

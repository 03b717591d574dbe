// The sign-off covers everything a clinic site shows: a change to any of it after sign-off (on REST, GraphQL or
// the Local API, or in the library or an image) keeps the new text off the site, and the reviewer a site names is
// the editor who signed, whatever a writer sends.
import { describe, expect, it } from 'vitest'

import { figuresToVerify } from '@/workflow/figuresToVerify'

import type { Actor } from '../../helpers/actors'
import type { TestUser } from '../../helpers/network'

import { graphqlActor, localActor, login, restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { deliver, issueKeyAsAdmin } from '../../helpers/clinicKey'
import { pngFile } from '../../helpers/imageFiles'
import { withBlocks } from '../../helpers/lexicalBodies'
import { workflowActor } from '../../helpers/workflowActions'

const suite = bootNetwork()

type Transport = 'graphql' | 'local' | 'rest'

const actorFor = async (transport: Transport, user: TestUser): Promise<Actor> => {
  const { baseUrl, payload } = suite.booted
  if (transport === 'rest') return restActor({ baseUrl, user })
  if (transport === 'graphql') return graphqlActor({ baseUrl, payload, user })
  return localActor({ payload, user })
}

const act = workflowActor(() => suite.booted.baseUrl)

const latest = (id: string) =>
  suite.booted.payload.findByID({ collection: 'posts', depth: 0, draft: true, id, overrideAccess: true })

let count = 0

/** The publish gate refused the post because what it shows changed after sign-off, and it stayed a draft. */
const expectRefusedAsChanged = async (id: string, publish: Awaited<ReturnType<typeof act>>) => {
  expect(publish.status).toBe(400)
  expect(JSON.stringify(publish.body)).toContain('changed after it was signed off')
  expect((await latest(id))._status).toBe('draft')
}

/** A post of clinic A, citing the shared reference and quoting the shared claim, submitted and signed off. */
const signedOffPost = async (extra: Record<string, unknown> = {}) => {
  const { network, booted } = suite
  const slug = `integrity-${++count}`
  const post = await booted.payload.create({
    collection: 'posts',
    data: {
      author: network.a.author.id,
      body: withBlocks(
        'Sessions take about forty minutes.',
        { blockType: 'citation', reference: network.reference.id },
        { blockType: 'claim', claim: network.claim.id },
      ),
      clinic: network.clinicA.id,
      excerpt: 'Answers from our clinic team.',
      slug,
      title: `Integrity ${count}`,
      topics: [network.topic.id],
      ...extra,
    },
    draft: true,
    overrideAccess: false,
    user: network.users.marketerA,
  })
  expect((await act(network.users.marketerA, post.id, 'submit')).status).toBe(200)
  // The editor has checked each cited figure against its source.
  const checked = figuresToVerify({ body: post.body }).map(({ key }) => key)
  expect((await act(network.users.editor, post.id, 'sign-off', { checked })).status).toBe(200)
  expect((await latest(post.id)).workflowState).toBe('approved')
  return { id: post.id, slug }
}

describe('a change after sign-off to what the post shows', () => {
  const cases: [string, Transport, () => Record<string, unknown>][] = [
    ['the title', 'rest', () => ({ title: 'Ketamine cures depression' })],
    ['the excerpt', 'graphql', () => ({ excerpt: 'Ketamine cures depression in 95% of patients, FDA approved.' })],
    ['the excerpt', 'local', () => ({ excerpt: 'Ketamine cures depression in 95% of patients, FDA approved.' })],
    ['the excerpt', 'rest', () => ({ excerpt: 'Ketamine cures depression in 95% of patients, FDA approved.' })],
    ['the SEO title', 'local', () => ({ seo: { title: 'The cure for depression' } })],
    ['the SEO description', 'rest', () => ({ seo: { description: 'Works for everyone.' } })],
    ['the canonical URL', 'graphql', () => ({ seo: { canonicalUrl: 'https://elsewhere.example/miracle' } })],
    ['the hero image', 'local', () => ({ heroImage: suite.network.a.media.id })],
    ['the topics', 'rest', () => ({ topics: [] })],
    ['the author', 'graphql', () => ({ author: null })],
    ['the slug', 'local', () => ({ slug: `ketamine-cures-${count}` })],
  ]

  it.each(cases)(
    'voids the sign-off when %s changes over %s, and publishing is refused',
    async (_, transport, data) => {
      // Setup
      const { id } = await signedOffPost()
      const marketer = await actorFor(transport, suite.network.users.marketerA)

      // Action
      const saved = await marketer.update('posts', id, data())
      const publish = await act(suite.network.users.marketerA, id, 'publish')

      // Assert
      expect(saved.isAllowed, JSON.stringify(saved)).toBe(true)
      const after = await latest(id)
      expect(after.workflowState).toBe('draft')
      expect(after.signOff?.contentHash ?? null).toBeNull()
      expect(publish.status).toBe(409)
      expect(after._status).toBe('draft')
    },
  )

  it('leaves an edited excerpt off the live site when a published post is edited and re-published directly', async () => {
    // Setup: clinic A has a website, so its articles carry JSON-LD
    const { booted, network } = suite
    await booted.payload.update({
      collection: 'clinics',
      data: { domains: ['clinic-a.example'] },
      id: network.clinicA.id,
      overrideAccess: true,
    })
    const { id, slug } = await signedOffPost()
    expect((await act(network.users.marketerA, id, 'publish')).status).toBe(200)
    const { key } = await issueKeyAsAdmin({
      admin: network.users.admin,
      baseUrl: booted.baseUrl,
      clinicId: network.clinicA.id,
    })

    // Action: Payload's own "publish changes", over REST
    const response = await fetch(`${booted.baseUrl}/api/posts/${id}`, {
      body: JSON.stringify({ _status: 'published', excerpt: 'Ketamine cures depression in 95% of patients.' }),
      headers: {
        Authorization: `JWT ${await login({ baseUrl: booted.baseUrl, user: network.users.marketerA })}`,
        'Content-Type': 'application/json',
      },
      method: 'PATCH',
    })

    // Assert
    expect(response.status).toBe(400)
    const article = (await (await deliver(booted.baseUrl, `/posts/${slug}`, key)).json()) as { excerpt: string }
    expect(article.excerpt).toBe('Answers from our clinic team.')
  })

  it('keeps publication refused when an image’s alt text changes after sign-off', async () => {
    // Setup
    const { booted, network } = suite
    const { id } = await signedOffPost({ heroImage: network.a.media.id })

    // Action: the image itself is edited, not the post
    await booted.payload.update({
      collection: 'media',
      data: { alt: 'Patient cured after one session' },
      id: network.a.media.id,
      overrideAccess: false,
      user: network.users.marketerA,
    })
    const publish = await act(network.users.marketerA, id, 'publish')

    // Assert
    await expectRefusedAsChanged(id, publish)
  })

  it('refuses to publish on an old sign-off once a claim it quotes is reworded and re-approved', async () => {
    // Setup
    const { booted, network } = suite
    const claim = await booted.payload.create({
      collection: 'claims',
      data: { statement: 'Ketamine helped some patients in trials.', supportingReferences: [network.reference.id] },
      overrideAccess: false,
      user: network.users.marketerA,
    })
    await booted.payload.update({
      collection: 'claims',
      data: { status: 'approved' },
      id: claim.id,
      overrideAccess: false,
      user: network.users.editor,
    })
    const { id } = await signedOffPost({
      body: withBlocks('As trials found,', { blockType: 'claim', claim: claim.id }),
    })

    // Action: reworded (which sends it back to review) and approved again with the new wording
    await booted.payload.update({
      collection: 'claims',
      data: { statement: 'Ketamine cures depression.' },
      id: claim.id,
      overrideAccess: false,
      user: network.users.editor,
    })
    expect((await booted.payload.findByID({ collection: 'claims', id: claim.id, overrideAccess: true })).status).toBe(
      'pending',
    )
    await booted.payload.update({
      collection: 'claims',
      data: { status: 'approved' },
      id: claim.id,
      overrideAccess: false,
      user: network.users.editor,
    })
    const publish = await act(network.users.marketerA, id, 'publish')

    // Assert
    await expectRefusedAsChanged(id, publish)
  })

  it('refuses to publish on an old sign-off once a cited reference was retracted and vetted again', async () => {
    // Setup
    const { booted, network } = suite
    const reference = await booted.payload.create({
      collection: 'references',
      data: { kind: 'study', title: 'A study that will wobble', vettingStatus: 'vetted' },
      overrideAccess: true,
    })
    const { id } = await signedOffPost({
      body: withBlocks('Sessions take about forty minutes.', { blockType: 'citation', reference: reference.id }),
    })

    // Action
    for (const vettingStatus of ['retracted', 'vetted'] as const) {
      await booted.payload.update({
        collection: 'references',
        data: { vettingNote: 'Expression of concern, later withdrawn.', vettingStatus },
        id: reference.id,
        overrideAccess: false,
        user: network.users.editor,
      })
    }
    const publish = await act(network.users.marketerA, id, 'publish')

    // Assert
    expect(publish.status).toBe(400)
    expect((await latest(id))._status).toBe('draft')
  })
})

describe('the medical reviewer a site shows', () => {
  const transports: Transport[] = ['rest', 'graphql', 'local']

  it.each(transports)('is the editor who signed, whatever a marketer writes over %s', async (transport) => {
    // Setup: clinic A has a website, so its articles carry JSON-LD
    const { booted, network } = suite
    await booted.payload.update({
      collection: 'clinics',
      data: { domains: ['clinic-a.example'] },
      id: network.clinicA.id,
      overrideAccess: true,
    })
    const { id, slug } = await signedOffPost()
    expect((await act(network.users.marketerA, id, 'publish')).status).toBe(200)
    const { key } = await issueKeyAsAdmin({
      admin: network.users.admin,
      baseUrl: booted.baseUrl,
      clinicId: network.clinicA.id,
    })
    const marketer = await actorFor(transport, network.users.marketerA)

    // Action: name another user as the signer of the live version, and as the old medicalReviewer field
    await marketer.update('posts', id, {
      _status: 'published',
      signOff: { signedOffBy: network.users.admin.id },
      ...(transport === 'graphql' ? {} : { medicalReviewer: network.users.admin.id }),
    })

    // Assert
    const live = await booted.payload.findByID({ collection: 'posts', depth: 0, id, overrideAccess: true })
    expect(live.signOff?.signedOffBy).toBe(network.users.editor.id)
    const article = (await (await deliver(booted.baseUrl, `/posts/${slug}`, key)).json()) as {
      jsonLd: { reviewedBy?: { name?: string } }
      medicalReviewer: { name: string } | null
    }
    expect(article.medicalReviewer?.name).toBe(network.users.editor.name)
    expect(JSON.stringify(article.jsonLd)).toContain(network.users.editor.name)
    expect(JSON.stringify(article)).not.toContain(network.users.admin.name)
  })

  it('carries the credentials verified when the editor signed, not ones entered later', async () => {
    // Setup
    const { booted, network } = suite
    await booted.payload.update({
      collection: 'users',
      data: { credentials: { degree: 'MD', specialty: 'Psychiatry', verifiedAt: new Date().toISOString() } },
      id: network.users.editor.id,
      overrideAccess: true,
    })
    const { id, slug } = await signedOffPost()
    expect((await act(network.users.marketerA, id, 'publish')).status).toBe(200)
    const { key } = await issueKeyAsAdmin({
      admin: network.users.admin,
      baseUrl: booted.baseUrl,
      clinicId: network.clinicA.id,
    })

    // Action: the editor edits their own degree afterwards (unverified)
    await booted.payload.update({
      collection: 'users',
      data: { credentials: { degree: 'Nobel laureate' } },
      id: network.users.editor.id,
      overrideAccess: false,
      user: network.users.editor,
    })

    // Assert
    const article = (await (await deliver(booted.baseUrl, `/posts/${slug}`, key)).json()) as {
      medicalReviewer: { credentials: { degree: string } | null }
    }
    expect(article.medicalReviewer.credentials?.degree).toBe('MD')
  })
})

describe('the author and images a signed-off article shows', () => {
  const transports: Transport[] = ['rest', 'graphql', 'local']

  /** A fresh author of clinic A, so no other test has put them on the live site. */
  const newAuthor = async (name: string) =>
    suite.booted.payload.create({
      collection: 'authors',
      data: {
        bio: 'Leads the clinic’s care team.',
        clinic: suite.network.clinicA.id,
        credentials: 'NP',
        name,
        slug: name.toLowerCase().replaceAll(' ', '-'),
      },
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })

  it('keeps publication refused when the author’s bio changes after sign-off', async () => {
    // Setup
    const { booted, network } = suite
    const author = await newAuthor('Robin Vale')
    const { id } = await signedOffPost({ author: author.id })

    // Action: the author's page is edited, not the post
    await booted.payload.update({
      collection: 'authors',
      data: { bio: 'Robin has cured depression in 95% of her patients.' },
      id: author.id,
      overrideAccess: false,
      user: network.users.marketerA,
    })
    const publish = await act(network.users.marketerA, id, 'publish')

    // Assert
    await expectRefusedAsChanged(id, publish)
  })

  it('has no page on the site while only drafts name the author', async () => {
    // Setup
    const { booted, network } = suite
    const author = await newAuthor('Sam Okafor')
    await signedOffPost({ author: author.id })
    const { key } = await issueKeyAsAdmin({
      admin: network.users.admin,
      baseUrl: booted.baseUrl,
      clinicId: network.clinicA.id,
    })

    // Action
    const page = await deliver(booted.baseUrl, `/authors/${author.slug}`, key)
    const list = (await (await deliver(booted.baseUrl, '/authors', key)).json()) as { docs: { slug: string }[] }

    // Assert
    expect(page.status).toBe(404)
    expect(list.docs.map(({ slug }) => slug)).not.toContain(author.slug)
  })

  it.each(transports)(
    'refuses a marketer’s change over %s to the bio of an author a live article shows; an editor may make it',
    async (transport) => {
      // Setup
      const { booted, network } = suite
      const author = await newAuthor(`Jo Lind ${transport}`)
      const { id, slug } = await signedOffPost({ author: author.id })
      expect((await act(network.users.marketerA, id, 'publish')).status).toBe(200)
      const { key } = await issueKeyAsAdmin({
        admin: network.users.admin,
        baseUrl: booted.baseUrl,
        clinicId: network.clinicA.id,
      })
      const marketer = await actorFor(transport, network.users.marketerA)

      // Action
      const refusedSave = await marketer.update('authors', author.id, { bio: 'Jo has cured 95% of her patients.' })
      // As a form sends it: the empty job title (stored null) comes back as "", which changes nothing shown.
      const renamed = await marketer.update('authors', author.id, { jobTitle: '', slug: `jo-lind-${transport}-np` })
      const editor = await actorFor(transport, network.users.editor)
      const editorSave = await editor.update('authors', author.id, { bio: 'Jo is a nurse practitioner.' })

      // Assert: the marketer's words never reached the site; the page address is no shown word
      expect(refusedSave.isAllowed).toBe(false)
      if (transport !== 'graphql') expect(refusedSave.status).toBe(403)
      expect(renamed.isAllowed, JSON.stringify(renamed)).toBe(true)
      expect(editorSave.isAllowed, JSON.stringify(editorSave)).toBe(true)
      const article = (await (await deliver(booted.baseUrl, `/posts/${slug}`, key)).json()) as {
        author: { bio: null | string }
      }
      expect(JSON.stringify(article)).not.toContain('95%')
      expect(article.author.bio).toBe('Jo is a nurse practitioner.')
    },
  )

  it('refuses a marketer’s new alt text or caption for an image a live article shows, with the fields named', async () => {
    // Setup
    const { booted, network } = suite
    const image = await booted.payload.create({
      collection: 'media',
      data: { alt: 'Our treatment room', clinic: network.clinicA.id },
      file: await pngFile('room.png'),
      overrideAccess: true,
    })
    const { id } = await signedOffPost({ heroImage: image.id })
    expect((await act(network.users.marketerA, id, 'publish')).status).toBe(200)
    const marketer = await restActor({ baseUrl: booted.baseUrl, user: network.users.marketerA })

    // Action
    const response = await fetch(`${booted.baseUrl}/api/media/${image.id}`, {
      body: JSON.stringify({ alt: 'A patient, cured after one session', caption: '95% feel better' }),
      headers: {
        Authorization: `JWT ${await login({ baseUrl: booted.baseUrl, user: network.users.marketerA })}`,
        'Content-Type': 'application/json',
      },
      method: 'PATCH',
    })
    const untouched = await marketer.update('media', image.id, { focalX: 40 })

    // Assert
    expect(response.status).toBe(403)
    const { errors } = (await response.json()) as { errors: { data?: { fields?: string[] }; message: string }[] }
    expect(errors[0].message).toContain('alt text, caption')
    expect(errors[0].data?.fields).toEqual(['alt', 'caption'])
    expect(untouched.isAllowed, JSON.stringify(untouched)).toBe(true)
    const stored = await booted.payload.findByID({ collection: 'media', id: image.id, overrideAccess: true })
    expect(stored.alt).toBe('Our treatment room')
  })
})

// Posts: slugs unique within a clinic, library use kept from the body, every version kept, trash not delete.
import { describe, expect, it } from 'vitest'

import { restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { bodyOf, withBlocks } from '../../helpers/lexicalBodies'
import { expectInvalid, restFieldErrors } from '../../helpers/validation'

const suite = bootNetwork()

describe('slugs', () => {
  it('refuses a second post with the same slug in one clinic, but allows it in another', async () => {
    const rest = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    const duplicate = await rest.create('posts', {
      body: bodyOf('x'),
      clinic: suite.network.clinicA.id,
      slug: 'draft-a',
      title: 'Another draft',
    })
    expect(duplicate.status).toBe(400)
    expect(restFieldErrors(duplicate.data)).toEqual([
      { message: expect.stringContaining('already used by "Draft post a"'), path: 'slug' },
    ])

    const otherClinic = await suite.booted.payload.create({
      collection: 'posts',
      data: { body: bodyOf('x'), clinic: suite.network.clinicB.id, slug: 'draft-a', title: 'Same slug, other clinic' },
      draft: true,
      overrideAccess: true,
    })
    expect(otherClinic.slug).toBe('draft-a')
  })

  it('refuses a slug that is not lower-case words and hyphens, saying what is allowed', async () => {
    const errors = await expectInvalid(() =>
      suite.booted.payload.create({
        collection: 'posts',
        data: {
          body: bodyOf('x'),
          clinic: suite.network.clinicA.id,
          generateSlug: false,
          slug: 'Not A Slug!',
          title: 'Bad slug',
        },
        overrideAccess: true,
      }),
    )
    expect(errors).toEqual([{ message: expect.stringContaining('lower-case letters'), path: 'slug' }])
  })

  it('makes a slug from the title when none is given', async () => {
    const post = await suite.booted.payload.create({
      collection: 'posts',
      data: {
        body: bodyOf('x'),
        clinic: suite.network.clinicA.id,
        title: 'Ketamine – What to Expect’s First Day',
      } as never,
      draft: true,
      overrideAccess: true,
    })
    expect(post.slug).toBe('ketamine-what-to-expects-first-day')
  })
})

describe('library use', () => {
  it('keeps the claims and references a body uses, counting a claim’s supporting references as cited', async () => {
    const extra = await suite.booted.payload.create({
      collection: 'references',
      data: { kind: 'review', title: 'A review' },
      overrideAccess: true,
    })
    const post = await suite.booted.payload.create({
      collection: 'posts',
      data: {
        body: withBlocks(
          'Ketamine can act within hours.',
          { blockType: 'citation', reference: extra.id },
          { blockType: 'claim', claim: suite.network.claim.id },
        ),
        clinic: suite.network.clinicA.id,
        slug: 'uses-library',
        title: 'Uses the library',
      },
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    expect(post.claimsUsed).toEqual([suite.network.claim.id])
    expect(post.citedReferences).toEqual([extra.id, suite.network.reference.id])

    const cleared = await suite.booted.payload.update({
      collection: 'posts',
      data: { body: bodyOf('No more citations.') },
      depth: 0,
      draft: true,
      id: post.id,
      overrideAccess: true,
    })
    expect(cleared.claimsUsed).toEqual([])
    expect(cleared.citedReferences).toEqual([])
  })

  it('ignores what a client sends for the kept lists', async () => {
    const post = await suite.booted.payload.create({
      collection: 'posts',
      data: {
        body: bodyOf('Plain.'),
        citedReferences: [suite.network.reference.id],
        claimsUsed: [suite.network.claim.id],
        clinic: suite.network.clinicA.id,
        slug: 'forged-lists',
        title: 'Forged',
      },
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    expect(post.citedReferences).toEqual([])
    expect(post.claimsUsed).toEqual([])
  })
})

describe('history', () => {
  it('keeps every version, beyond Payload’s default limit of 100', async () => {
    const post = await suite.booted.payload.create({
      collection: 'posts',
      data: { body: bodyOf('v0'), clinic: suite.network.clinicA.id, slug: 'many-versions', title: 'v0' },
      draft: true,
      overrideAccess: true,
    })
    for (let version = 1; version <= 104; version += 1) {
      await suite.booted.payload.update({
        collection: 'posts',
        data: { title: `v${version}` },
        draft: true,
        id: post.id,
        overrideAccess: true,
      })
    }
    const { totalDocs } = await suite.booted.payload.countVersions({
      collection: 'posts',
      overrideAccess: true,
      where: { parent: { equals: post.id } },
    })
    expect(totalDocs).toBe(105)
  })

  it('moves a post to the trash, from where it can be restored', async () => {
    const rest = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    expect((await rest.trash('posts', suite.network.a.draft.id)).isAllowed).toBe(true)
    expect((await rest.find('posts')).ids).not.toContain(suite.network.a.draft.id)
    const restored = await suite.booted.payload.update({
      collection: 'posts',
      data: { deletedAt: null },
      id: suite.network.a.draft.id,
      overrideAccess: false,
      trash: true,
      user: suite.network.users.marketerA,
    })
    expect(restored.deletedAt).toBeFalsy()
    expect((await rest.find('posts')).ids).toContain(suite.network.a.draft.id)
  })
})

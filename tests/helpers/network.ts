// A small two-clinic network for access tests: clinic A and clinic B, one user per role, and one document of
// every kind, so each test can try the allowed thing and the forbidden thing.
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { pngFile } from './imageFiles'
import { bodyOf, withBlocks } from './lexicalBodies'
import { publishThroughReview } from './publishing'

export type TestUser = User & { collection: 'users'; password: string }

export type Network = Awaited<ReturnType<typeof createNetwork>>

export const createNetwork = async (payload: Payload) => {
  const asOwner = { overrideAccess: true } as const
  const clinicA = await payload.create({
    collection: 'clinics',
    data: { name: 'Clinic A', slug: 'clinic-a', crisisLine: 'Call or text 988', crisisNumber: '988' },
    ...asOwner,
  })
  const clinicB = await payload.create({
    collection: 'clinics',
    data: { name: 'Clinic B', slug: 'clinic-b', crisisLine: 'Call or text 988', crisisNumber: '988' },
    ...asOwner,
  })

  const makeUser = async (key: string, roles: User['roles'], clinics: string[] = []): Promise<TestUser> => {
    const password = `pw-${key}-0123456789`
    const user = await payload.create({
      collection: 'users',
      data: {
        clinics: clinics.map((clinic) => ({ clinic })),
        email: `${key}@test.example`,
        name: key,
        password,
        roles,
      },
      ...asOwner,
    })
    return { ...user, collection: 'users', password }
  }
  const users = {
    admin: await makeUser('admin', ['admin']),
    editor: await makeUser('editor', ['editor']),
    marketerA: await makeUser('marketer-a', ['marketer'], [clinicA.id]),
    marketerB: await makeUser('marketer-b', ['marketer'], [clinicB.id]),
  }

  const topic = await payload.create({
    collection: 'topics',
    data: { name: 'Depression', slug: 'depression' },
    ...asOwner,
  })
  const reference = await payload.create({
    collection: 'references',
    data: {
      doi: '10.1056/NEJMoa2302399',
      kind: 'trial',
      title: 'Ketamine versus ECT for nonpsychotic treatment-resistant major depression',
      vettingStatus: 'vetted',
      year: 2023,
    },
    ...asOwner,
  })
  const claim = await payload.create({
    collection: 'claims',
    data: {
      statement: 'Ketamine was non-inferior to ECT in one large trial.',
      status: 'approved',
      supportingReferences: [reference.id],
    },
    ...asOwner,
  })

  const perClinic = async (clinic: string, key: 'a' | 'b', marketer: TestUser) => {
    const author = await payload.create({
      collection: 'authors',
      data: { clinic, name: `Author ${key}`, slug: `author-${key}` },
      ...asOwner,
    })
    const media = await payload.create({
      collection: 'media',
      data: { alt: `Image of clinic ${key}`, clinic },
      file: await pngFile(`clinic-${key}.png`),
      ...asOwner,
    })
    const draft = await payload.create({
      collection: 'posts',
      data: { body: bodyOf(`Draft of clinic ${key}`), clinic, slug: `draft-${key}`, title: `Draft post ${key}` },
      draft: true,
      ...asOwner,
    })
    // The published post travels the real workflow; its one sentence cites the shared reference.
    const written = await payload.create({
      collection: 'posts',
      data: {
        author: author.id,
        body: withBlocks(`Published in clinic ${key}.`, { blockType: 'citation', reference: reference.id }),
        clinic,
        slug: `published-${key}`,
        title: `Published post ${key}`,
        topics: [topic.id],
      },
      draft: true,
      overrideAccess: false,
      user: marketer,
    })
    const published = await publishThroughReview({ editor: users.editor, id: written.id, marketer, payload })
    // A second version that is only a draft: the published version stays what readers see.
    await payload.update({
      collection: 'posts',
      data: { title: `Unpublished edit ${key}` },
      draft: true,
      id: published.id,
      ...asOwner,
    })
    return { author, draft, media, published }
  }

  const a = await perClinic(clinicA.id, 'a', users.marketerA)
  const b = await perClinic(clinicB.id, 'b', users.marketerB)

  const reviewEvent = await payload.create({
    collection: 'review-events',
    data: {
      action: 'sign_off',
      actor: users.editor.id,
      clinic: clinicA.id,
      documentCollection: 'posts',
      documentId: a.published.id,
      note: 'Fixture event',
    },
    ...asOwner,
  })

  const webhookDelivery = await payload.create({
    collection: 'webhook-deliveries',
    data: {
      body: '{}',
      clinic: clinicA.id,
      eventId: 'msg_fixture',
      eventType: 'post.published',
      status: 'delivered',
      url: 'https://hooks.clinic-a.example/vetted',
    },
    ...asOwner,
  })

  const clinicKey = await payload.create({
    collection: 'clinic-keys',
    data: { clinic: clinicA.id, name: 'Fixture key' },
    ...asOwner,
  })

  return { a, b, claim, clinicA, clinicB, clinicKey, reference, reviewEvent, topic, users, webhookDelivery }
}

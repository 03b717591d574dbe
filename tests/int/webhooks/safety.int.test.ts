// Clinic webhooks, the safety side: addresses inside our network refused when saved and again when sent, deliveries
// cancelled when their URL is removed, and deliveries and signing secrets closed to everyone but admins.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { TestUser } from '../../helpers/network'
import type { Receiver } from './receiver'

import { graphqlActor, localActor, login, restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { withBlocks } from '../../helpers/lexicalBodies'
import { publishThroughReview } from '../../helpers/publishing'
import { expectInvalid, restFieldErrors } from '../../helpers/validation'
import { startReceiver } from './receiver'

let receiver: Receiver

const suite = bootNetwork()
beforeAll(async () => {
  receiver = await startReceiver()
})
afterAll(async () => {
  await receiver?.close()
})
// Development setting for the loopback receiver; the tests about refusals turn it off.
beforeEach(() => {
  process.env.ALLOW_PRIVATE_WEBHOOKS = 'true'
})

const setUrls = (...urls: string[]) =>
  suite.booted.payload.update({
    collection: 'clinics',
    data: { webhooks: { urls } },
    id: suite.network.clinicA.id,
    overrideAccess: true,
  })

const publishNew = async (slug: string) => {
  const post = await suite.booted.payload.create({
    collection: 'posts',
    data: {
      body: withBlocks('Sessions last about forty minutes.', {
        blockType: 'citation',
        reference: suite.network.reference.id,
      }),
      clinic: suite.network.clinicA.id,
      slug,
      title: `Post ${slug}`,
    },
    draft: true,
    overrideAccess: false,
    user: suite.network.users.marketerA,
  })
  return publishThroughReview({
    editor: suite.network.users.editor,
    id: post.id,
    marketer: suite.network.users.marketerA,
    payload: suite.booted.payload,
  })
}

const deliveryTo = async (url: string) =>
  (
    await suite.booted.payload.find({
      collection: 'webhook-deliveries',
      overrideAccess: true,
      where: { url: { equals: url } },
    })
  ).docs[0]

describe('webhook addresses', () => {
  it('refuses a loopback address when the clinic is saved, naming the field, unless ALLOW_PRIVATE_WEBHOOKS=true', async () => {
    delete process.env.ALLOW_PRIVATE_WEBHOOKS
    const url = receiver.url('/refused')
    expect(await expectInvalid(() => setUrls(url))).toEqual([
      {
        message: `"${url}" points at a private or local address; webhooks may only go to public hosts.`,
        path: 'webhooks.urls',
      },
    ])
    const response = await fetch(`${suite.booted.baseUrl}/api/clinics/${suite.network.clinicA.id}`, {
      body: JSON.stringify({ webhooks: { urls: ['http://[::1]:8080/hook'] } }),
      headers: {
        Authorization: `JWT ${await login({ baseUrl: suite.booted.baseUrl, user: suite.network.users.admin })}`,
        'Content-Type': 'application/json',
      },
      method: 'PATCH',
    })
    expect(response.status).toBe(400)
    expect(restFieldErrors(await response.json())).toEqual([
      { message: expect.stringContaining('private or local address'), path: 'webhooks.urls' },
    ])

    process.env.ALLOW_PRIVATE_WEBHOOKS = 'true'
    expect((await setUrls(url)).webhooks?.urls).toEqual([url])
  })

  it('checks the address again when sending: a URL no longer allowed gets no request, and the attempt says why', async () => {
    await setUrls(receiver.url('/recheck'))
    await publishNew('rechecked')
    delete process.env.ALLOW_PRIVATE_WEBHOOKS
    await suite.booted.payload.jobs.run({ limit: 100 })

    const delivery = await deliveryTo(receiver.url('/recheck'))
    expect(delivery.status).toBe('retrying')
    expect(delivery.attempts).toEqual([
      expect.objectContaining({ error: expect.stringContaining('private or local address'), statusCode: null }),
    ])
    expect(receiver.at('/recheck')).toEqual([])
  })

  it('cancels a delivery whose URL was removed from the clinic before it was sent', async () => {
    await setUrls(receiver.url('/removed'))
    await publishNew('url-removed')
    await setUrls()
    await suite.booted.payload.jobs.run({ limit: 100 })

    const delivery = await deliveryTo(receiver.url('/removed'))
    expect(delivery.status).toBe('cancelled')
    expect(delivery.attempts).toEqual([])
    expect(receiver.at('/removed')).toEqual([])
  })
})

describe('who sees deliveries and secrets', () => {
  let deliveryId: string
  let secret: string

  beforeAll(async () => {
    process.env.ALLOW_PRIVATE_WEBHOOKS = 'true'
    await setUrls(receiver.url('/watched'))
    await publishNew('watched')
    await suite.booted.payload.jobs.run({ limit: 100 })
    deliveryId = (await deliveryTo(receiver.url('/watched'))).id
    secret = (
      await suite.booted.payload.findByID({ collection: 'clinics', id: suite.network.clinicA.id, overrideAccess: true })
    ).webhooks?.secret as string
  })

  const actorsFor = async (user: TestUser) => [
    localActor({ payload: suite.booted.payload, user }),
    await restActor({ baseUrl: suite.booted.baseUrl, user }),
    await graphqlActor({ baseUrl: suite.booted.baseUrl, payload: suite.booted.payload, user }),
  ]

  it.each(['marketerA', 'editor'] as const)(
    'refuses a %s every delivery over the Local API, REST and GraphQL',
    async (role) => {
      for (const actor of await actorsFor(suite.network.users[role])) {
        const [list, one] = [
          await actor.find('webhook-deliveries'),
          await actor.findByID('webhook-deliveries', deliveryId),
        ]
        expect(list.ids, `${actor.name} list`).toEqual([])
        expect(one.isAllowed, `${actor.name} by id`).toBe(false)
        expect([401, 403, 404], actor.name).toContain(one.status)
      }
    },
  )

  it('shows an admin each delivery and its attempts, also from the clinic', async () => {
    for (const actor of await actorsFor(suite.network.users.admin)) {
      expect((await actor.findByID('webhook-deliveries', deliveryId)).ids, actor.name).toEqual([deliveryId])
    }
    const clinic = await suite.booted.payload.findByID({
      collection: 'clinics',
      id: suite.network.clinicA.id,
      overrideAccess: false,
      user: suite.network.users.admin,
    })
    const shown = clinic.webhooks?.deliveries?.docs?.map((doc) => (typeof doc === 'object' ? doc.id : doc))
    expect(shown).toContain(deliveryId)
    const delivery = await suite.booted.payload.findByID({
      collection: 'webhook-deliveries',
      id: deliveryId,
      overrideAccess: false,
      user: suite.network.users.admin,
    })
    expect(delivery.attempts).toEqual([
      expect.objectContaining({
        attemptedAt: expect.any(String),
        durationMs: expect.any(Number),
        error: null,
        statusCode: 200,
      }),
    ])
  })

  it.each(['marketerA', 'editor'] as const)(
    'never shows a %s the signing secret or the deliveries on the clinic, on any transport',
    async (role) => {
      const user = suite.network.users[role]
      const local = await suite.booted.payload.findByID({
        collection: 'clinics',
        id: suite.network.clinicA.id,
        overrideAccess: false,
        user,
      })
      expect(local.webhooks ?? {}).toEqual({})
      const rest = await (
        await restActor({ baseUrl: suite.booted.baseUrl, user })
      ).findByID('clinics', suite.network.clinicA.id)
      expect(rest.isAllowed).toBe(true)
      expect(JSON.stringify(rest.data)).not.toContain(secret)
      expect(JSON.stringify(rest.data)).not.toContain(deliveryId)
      const response = await fetch(`${suite.booted.baseUrl}/api/graphql`, {
        body: JSON.stringify({
          query: `{ Clinic(id: "${suite.network.clinicA.id}") { name webhooks { secret urls deliveries { docs { id } } } } }`,
        }),
        headers: {
          Authorization: `JWT ${await login({ baseUrl: suite.booted.baseUrl, user })}`,
          'Content-Type': 'application/json',
        },
        method: 'POST',
      })
      const graphql = (await response.json()) as { data?: { Clinic?: { name: string; webhooks: unknown } } }
      expect(graphql.data?.Clinic?.name).toBe('Clinic A')
      expect(JSON.stringify(graphql)).not.toContain(secret)
      expect(JSON.stringify(graphql)).not.toContain(deliveryId)
    },
  )

  it('keeps the secret out of deliveries and jobs (the clinic is only linked)', async () => {
    const deliveries = await suite.booted.payload.find({
      collection: 'webhook-deliveries',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
    })
    const jobs = await suite.booted.payload.find({
      collection: 'payload-jobs',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
    })
    expect(deliveries.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(deliveries.docs)).not.toContain(secret)
    expect(JSON.stringify(jobs.docs)).not.toContain(secret)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Booted } from '../helpers/boot'
import type { Network } from '../helpers/network'

import { graphqlActor, localActor, restActor } from '../helpers/actors'
import { boot } from '../helpers/boot'
import { createNetwork } from '../helpers/network'

let booted: Booted
let network: Network

beforeAll(async () => {
  booted = await boot()
  network = await createNetwork(booted.payload)
})
afterAll(async () => booted?.shutdown())

describe('smoke', () => {
  it('marketer A reads clinic A posts on every transport', async () => {
    const user = network.users.marketerA
    for (const actor of [localActor({ payload: booted.payload, user }), await restActor({ baseUrl: booted.baseUrl, user }), await graphqlActor({ baseUrl: booted.baseUrl, payload: booted.payload, user })]) {
      const result = await actor.find('posts')
      expect(result.isAllowed, actor.name).toBe(true)
      expect(result.ids.sort(), actor.name).toEqual([network.a.draft.id, network.a.published.id].sort())
    }
  })
})

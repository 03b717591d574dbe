// The audit log is append-only for everyone: no API creates, edits or deletes an event, and even server
// code with overrideAccess cannot rewrite or remove one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Booted } from '../../helpers/boot'
import type { Network } from '../../helpers/network'

import { login } from '../../helpers/actors'
import { boot } from '../../helpers/boot'
import { createNetwork } from '../../helpers/network'

let booted: Booted
let network: Network

beforeAll(async () => {
  booted = await boot()
  network = await createNetwork(booted.payload)
})
afterAll(async () => booted?.shutdown())

const reload = () =>
  booted.payload.findByID({ collection: 'review-events', depth: 0, id: network.reviewEvent.id, overrideAccess: true })

describe('review events', () => {
  it('cannot be edited even by server code that overrides access', async () => {
    const before = await reload()
    await expect(
      booted.payload.update({
        collection: 'review-events',
        data: { note: 'Rewritten' },
        id: network.reviewEvent.id,
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await reload()).toEqual(before)
  })

  it('cannot be deleted even by server code that overrides access, one by one or in bulk', async () => {
    const before = (await booted.payload.count({ collection: 'review-events', overrideAccess: true })).totalDocs
    await expect(
      booted.payload.delete({ collection: 'review-events', id: network.reviewEvent.id, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 403 })
    await booted.payload
      .delete({ collection: 'review-events', overrideAccess: true, where: { id: { exists: true } } })
      .catch(() => undefined)
    expect(before).toBeGreaterThan(1)
    expect((await booted.payload.count({ collection: 'review-events', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('refuses an admin creating or editing events over REST', async () => {
    const token = await login({ baseUrl: booted.baseUrl, user: network.users.admin })
    const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const created = await fetch(`${booted.baseUrl}/api/review-events`, {
      body: JSON.stringify({ action: 'publish', documentCollection: 'posts', documentId: 'forged' }),
      headers,
      method: 'POST',
    })
    expect(created.status).toBe(403)
    const bulk = await fetch(`${booted.baseUrl}/api/review-events?where[id][exists]=true`, {
      body: JSON.stringify({ note: 'x' }),
      headers,
      method: 'PATCH',
    })
    expect(((await bulk.json()) as { docs?: unknown[] }).docs ?? []).toEqual([])
    expect((await reload()).note).toBe('Fixture event')
  })
})

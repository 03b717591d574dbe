// The audit log is append-only for everyone: no API creates, edits or deletes an event, and even server
// code with overrideAccess cannot rewrite or remove one.
import { describe, expect, it } from 'vitest'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'

const suite = bootNetwork()

const reload = () =>
  suite.booted.payload.findByID({
    collection: 'review-events',
    depth: 0,
    id: suite.network.reviewEvent.id,
    overrideAccess: true,
  })

describe('review events', () => {
  it('cannot be edited even by server code that overrides access', async () => {
    const before = await reload()
    await expect(
      suite.booted.payload.update({
        collection: 'review-events',
        data: { note: 'Rewritten' },
        id: suite.network.reviewEvent.id,
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await reload()).toEqual(before)
  })

  it('cannot be deleted even by server code that overrides access, one by one or in bulk', async () => {
    const before = (await suite.booted.payload.count({ collection: 'review-events', overrideAccess: true })).totalDocs
    await expect(
      suite.booted.payload.delete({
        collection: 'review-events',
        id: suite.network.reviewEvent.id,
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await suite.booted.payload
      .delete({ collection: 'review-events', overrideAccess: true, where: { id: { exists: true } } })
      .catch(() => undefined)
    expect(before).toBeGreaterThan(1)
    expect((await suite.booted.payload.count({ collection: 'review-events', overrideAccess: true })).totalDocs).toBe(
      before,
    )
  })

  it('refuses an admin creating or editing events over REST', async () => {
    const token = await login({ baseUrl: suite.booted.baseUrl, user: suite.network.users.admin })
    const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const created = await fetch(`${suite.booted.baseUrl}/api/review-events`, {
      body: JSON.stringify({ action: 'publish', documentCollection: 'posts', documentId: 'forged' }),
      headers,
      method: 'POST',
    })
    expect(created.status).toBe(403)
    const bulk = await fetch(`${suite.booted.baseUrl}/api/review-events?where[id][exists]=true`, {
      body: JSON.stringify({ note: 'x' }),
      headers,
      method: 'PATCH',
    })
    expect(((await bulk.json()) as { docs?: unknown[] }).docs ?? []).toEqual([])
    expect((await reload()).note).toBe('Fixture event')
  })
})

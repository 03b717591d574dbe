// Optimistic concurrency: a write based on an old version is refused with 412 and changes nothing.
import { beforeAll, describe, expect, it } from 'vitest'

import { login } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'

let headers: Record<string, string>

const suite = bootNetwork()
beforeAll(async () => {
  headers = {
    Authorization: `JWT ${await login({ baseUrl: suite.booted.baseUrl, user: suite.network.users.editor })}`,
    'Content-Type': 'application/json',
  }
})

const patch = (id: string, data: Record<string, unknown>, ifMatch?: string) =>
  fetch(`${suite.booted.baseUrl}/api/references/${id}`, {
    body: JSON.stringify(data),
    headers: { ...headers, ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
    method: 'PATCH',
  })

describe('If-Match', () => {
  it('accepts a write based on the current version', async () => {
    const current = await suite.booted.payload.findByID({
      collection: 'references',
      id: suite.network.reference.id,
      overrideAccess: true,
    })
    const response = await patch(suite.network.reference.id, { summary: 'First edit' }, `"${current.updatedAt}"`)
    expect(response.status).toBe(200)
  })

  it('refuses a write based on an older version with 412, naming the newer one, and changes nothing', async () => {
    const seen = await suite.booted.payload.findByID({
      collection: 'references',
      id: suite.network.reference.id,
      overrideAccess: true,
    })
    // Someone else saves in between.
    await new Promise((resolve) => setTimeout(resolve, 5))
    const theirs = await suite.booted.payload.update({
      collection: 'references',
      data: { summary: 'Their edit' },
      id: suite.network.reference.id,
      overrideAccess: true,
    })

    const response = await patch(suite.network.reference.id, { summary: 'My stale edit' }, `"${seen.updatedAt}"`)
    expect(response.status).toBe(412)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toContain(theirs.updatedAt)
    expect(
      (
        await suite.booted.payload.findByID({
          collection: 'references',
          id: suite.network.reference.id,
          overrideAccess: true,
        })
      ).summary,
    ).toBe('Their edit')
  })

  it('lets a write without If-Match through, as before', async () => {
    expect((await patch(suite.network.reference.id, { summary: 'Unconditional edit' })).status).toBe(200)
  })
})

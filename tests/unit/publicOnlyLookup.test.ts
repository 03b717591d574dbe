import { afterEach, describe, expect, it } from 'vitest'

import { publicOnlyLookup } from '@/webhooks/publicOnlyLookup'

const lookup = (hostname: string, options: { all?: boolean } = {}) =>
  new Promise<{ address?: unknown; error: NodeJS.ErrnoException | null }>((resolve) => {
    publicOnlyLookup(
      hostname,
      options as never,
      ((error: NodeJS.ErrnoException | null, address: unknown) => resolve({ address, error })) as never,
    )
  })

afterEach(() => {
  delete process.env.ALLOW_PRIVATE_WEBHOOKS
})

describe('publicOnlyLookup', () => {
  it('refuses a name that resolves to a loopback address, at connect time', async () => {
    const { error } = await lookup('localhost')
    expect(error?.code).toBe('EPRIVATEADDRESS')
    expect(error?.message).toMatch(
      /^localhost resolves to the private address .+; webhooks may only go to public hosts\.$/,
    )
  })

  it('lets it through when ALLOW_PRIVATE_WEBHOOKS=true, in the form the caller asked for', async () => {
    process.env.ALLOW_PRIVATE_WEBHOOKS = 'true'
    expect(await lookup('localhost')).toEqual({ address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/), error: null })
    expect((await lookup('localhost', { all: true })).address).toEqual(
      expect.arrayContaining([expect.objectContaining({ address: expect.any(String) })]),
    )
  })
})

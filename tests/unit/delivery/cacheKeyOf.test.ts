import { describe, expect, it } from 'vitest'

import { cacheKeyOf } from '@/delivery/delivery'

const keyOf = (pathAndQuery: string) => cacheKeyOf('clinic-1', new URL(pathAndQuery, 'http://delivery.invalid'))

describe('a cache key', () => {
  it('is the clinic, the path and the parameters in a stable order, without the key itself', () => {
    expect(keyOf('/v1/posts?topic=ptsd&limit=5&key=vk_secret')).toBe('clinic-1 /v1/posts?limit=5&topic=ptsd')
    expect(keyOf('/v1/posts?limit=5&topic=ptsd')).toBe(keyOf('/v1/posts?topic=ptsd&limit=5'))
  })

  it('leaves out campaign tags and cache-busters, so they cannot fill the cache', () => {
    expect(keyOf('/v1/posts?limit=5&utm_source=a&utm_medium=b&fbclid=c&gclid=d&msclkid=e&_=123')).toBe(
      keyOf('/v1/posts?limit=5'),
    )
    expect(keyOf('/v1/posts?limit=5&utmost=1')).not.toBe(keyOf('/v1/posts?limit=5'))
  })
})

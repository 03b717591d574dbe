import { describe, expect, it } from 'vitest'

import { serializeCountedTopic } from '@/delivery/serializers/serializeCountedTopic'
import { siteAddressesOf } from '@/delivery/siteAddresses'

const site = siteAddressesOf({ domains: ['clinic.example'], sitePaths: { topic: '/themen/{slug}' } })

describe('serializeCountedTopic', () => {
  it('gives the topic, its address on the clinic site, its description and the count, in the order served', () => {
    const topic = { description: 'Rest, naps and nights.', name: 'Sleep', slug: 'sleep' }
    const counted = serializeCountedTopic(topic, 3, site)
    expect(counted).toEqual({
      description: 'Rest, naps and nights.',
      name: 'Sleep',
      postCount: 3,
      slug: 'sleep',
      url: 'https://clinic.example/themen/sleep',
    })
    // The bytes are what ETags are made of: the key order is part of the answer.
    expect(Object.keys(counted)).toEqual(['name', 'slug', 'url', 'description', 'postCount'])
  })

  it('gives a missing description as null, and no address when the clinic has no domain', () => {
    const counted = serializeCountedTopic({ name: 'Pain', slug: 'pain' }, 0, siteAddressesOf({ domains: [] }))
    expect(counted).toEqual({ description: null, name: 'Pain', postCount: 0, slug: 'pain', url: null })
  })
})

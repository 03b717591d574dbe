import { describe, expect, it } from 'vitest'

import { corsOriginsOf } from '@/http/corsOrigins'
import { ownOrigins } from '@/http/ownOrigins'

describe('CORS_ORIGINS', () => {
  it('reads comma-separated origins, trimmed, as browsers send them', () => {
    expect(corsOriginsOf({ CORS_ORIGINS: ' https://www.example.com , http://localhost:3000,,' })).toEqual([
      'https://www.example.com',
      'http://localhost:3000',
    ])
    expect(corsOriginsOf({})).toEqual([])
  })

  it('stops the server at start on an entry that is not an origin, naming it', () => {
    for (const entry of ['example.com', 'https://example.com/blog', 'ftp://example.com', '*'])
      expect(() => corsOriginsOf({ CORS_ORIGINS: `https://ok.example,${entry}` })).toThrow(`"${entry}"`)
  })

  it('adds to the admin cookie’s own origins', () => {
    expect(ownOrigins({ CORS_ORIGINS: 'https://front.example', SERVER_URL: 'https://cms.example' })).toEqual([
      'https://cms.example',
      'https://front.example',
    ])
  })
})

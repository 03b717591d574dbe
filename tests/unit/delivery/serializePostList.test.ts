import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { serializePostList } from '@/delivery/serializers/serializePostList'

const summaries = [
  JSON.stringify({ slug: 'naps', title: 'Naps that help' }),
  JSON.stringify({ slug: 'pain', title: 'Pain at night' }),
]

const page = (number: number, totalPages: number) => ({
  docs: summaries,
  hasNextPage: number < totalPages,
  limit: 2,
  page: number,
  totalDocs: totalPages * 2,
  totalPages,
})

/** The Link header as rel → the query of its target. */
const linksOf = (link = '') =>
  Object.fromEntries(
    link.split(', ').map((entry) => {
      const [, target, rel] = /^<([^>]+)>; rel="(\w+)"$/.exec(entry) ?? []
      expect(target).toMatch(/^https:\/\/api\.vetted\.example\/v1\/posts\?/)
      return [rel, new URL(target).search]
    }),
  )

describe('serializePostList', () => {
  beforeEach(() => vi.stubEnv('SERVER_URL', 'https://api.vetted.example/'))
  afterEach(() => vi.unstubAllEnvs())

  it('writes the page as JSON with the stored summaries in their order', () => {
    const rendered = serializePostList(page(2, 3), new URL('https://x.invalid/v1/posts?limit=2&page=2'))
    expect(rendered.contentType).toBe('application/json; charset=utf-8')
    expect(JSON.parse(rendered.body)).toEqual({
      docs: [
        { slug: 'naps', title: 'Naps that help' },
        { slug: 'pain', title: 'Pain at night' },
      ],
      hasNextPage: true,
      limit: 2,
      page: 2,
      totalDocs: 6,
      totalPages: 3,
    })
  })

  it('links a middle page to the first, previous, next and last, keeping its filters and dropping key and tags', () => {
    const url = new URL('https://x.invalid/v1/posts?topic=sleep&key=vk_secret&page=2&limit=2&utm_source=mail')
    expect(linksOf(serializePostList(page(2, 3), url).headers?.Link)).toEqual({
      first: '?topic=sleep&limit=2&page=1',
      last: '?topic=sleep&limit=2&page=3',
      next: '?topic=sleep&limit=2&page=3',
      prev: '?topic=sleep&limit=2&page=1',
    })
  })

  it('gives the first page no previous one and the last no next one', () => {
    const url = new URL('https://x.invalid/v1/posts?limit=2')
    expect(Object.keys(linksOf(serializePostList(page(1, 3), url).headers?.Link))).toEqual(['first', 'next', 'last'])
    expect(Object.keys(linksOf(serializePostList(page(3, 3), url).headers?.Link))).toEqual(['first', 'prev', 'last'])
  })

  it('points a page past the end back to the last page, and an empty list to page 1', () => {
    const url = new URL('https://x.invalid/v1/posts?limit=2&page=9')
    expect(linksOf(serializePostList({ ...page(9, 3), docs: [] }, url).headers?.Link)).toEqual({
      first: '?limit=2&page=1',
      last: '?limit=2&page=3',
      prev: '?limit=2&page=3',
    })
    const empty = { docs: [], hasNextPage: false, limit: 2, page: 1, totalDocs: 0, totalPages: 0 }
    expect(serializePostList(empty, new URL('https://x.invalid/v1/posts')).body).toBe(
      '{"docs":[],"hasNextPage":false,"limit":2,"page":1,"totalDocs":0,"totalPages":0}',
    )
    expect(linksOf(serializePostList(empty, new URL('https://x.invalid/v1/posts')).headers?.Link)).toEqual({
      first: '?page=1',
      last: '?page=1',
    })
  })
})

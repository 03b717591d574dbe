// The typed client for Vetted's delivery API. Every path, parameter and response body comes from the API's own
// OpenAPI document (schema.ts is generated from it), so a site that compiles against this client reads what /v1 sends.
import createClient, { type ClientOptions } from 'openapi-fetch'

import type { components, paths } from './schema.js'

export type { components, paths } from './schema.js'

type Schemas = components['schemas']
export type Article = Schemas['Article']
export type Author = Schemas['Author']
export type AuthorList = Schemas['AuthorList']
export type Clinic = Schemas['Clinic']
export type CountedTopic = Schemas['CountedTopic']
export type Image = Schemas['Image']
export type JsonFeed = Schemas['JsonFeed']
export type PostList = Schemas['PostList']
export type PostSummary = Schemas['PostSummary']
export type Problem = Schemas['Problem']
export type Topic = Schemas['Topic']
export type TopicList = Schemas['TopicList']

export type VettedClientOptions = Omit<ClientOptions, 'baseUrl'> & {
  /** Where Vetted is served, e.g. https://cms.example.org (the client adds /v1). */
  baseUrl: string
  /** The clinic's read key (vk_…), sent as a Bearer token. Keep it on the server: it is not for browsers. */
  key: string
}

/**
 * A client for one clinic's key. Each call names its path and gets `{ data, error, response }`, typed from the
 * OpenAPI document: `data` on 2xx, `error` (an RFC 9457 problem) otherwise.
 *
 * @example
 * const vetted = createVettedClient({ baseUrl: process.env.VETTED_URL!, key: process.env.VETTED_KEY! })
 * const { data, error } = await vetted.GET('/posts/{slug}', { params: { path: { slug: 'ketamine-and-ptsd' } } })
 */
export const createVettedClient = ({ baseUrl, key, ...options }: VettedClientOptions) => {
  const client = createClient<paths>({ ...options, baseUrl: `${baseUrl.replace(/\/+$/, '')}/v1` })
  client.use({
    onRequest: ({ request }) => {
      request.headers.set('Authorization', `Bearer ${key}`)
      return request
    },
  })
  return client
}

export type VettedClient = ReturnType<typeof createVettedClient>

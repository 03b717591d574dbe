// The OpenAPI 3.1 description of /v1, served at /v1/openapi.json. Query parameters come from the same zod schemas
// the routes validate with, so the document and the validation cannot disagree.
import type { ZodObject } from 'zod'

import { z } from 'zod'

import { listPostsParams, noParams } from '../params'
import { publicOrigin } from '../publicOrigin'
import { schemas } from './schemas'

type Operation = Record<string, unknown>

const problem = (description: string) => ({
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  description,
})

const errors = {
  '400': problem('A parameter is not valid; `invalidParams` names it and says why.'),
  '401': problem('No key, or a key nobody issued.'),
  '403': problem('The key was revoked, or names another clinic than `clinic`.'),
  '429': problem('The key spent its requests for this minute; see `Retry-After`.'),
}

const rateHeaders = {
  ETag: { description: 'Strong validator; send it back as If-None-Match.', schema: { type: 'string' } },
  'RateLimit-Remaining': { description: 'Requests left in this minute.', schema: { type: 'integer' } },
}

const parametersOf = (schema: ZodObject) => {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties: Record<string, Record<string, unknown>> }
  return Object.entries(json.properties)
    .filter(([name]) => name !== 'key')
    .map(([name, property]) => ({ in: 'query', name, required: false, schema: property }))
}

const slugParameter = {
  in: 'path',
  name: 'slug',
  required: true,
  schema: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', type: 'string' },
}

/** Feeds and the sitemap give addresses on the clinic's site. */
const noSite = { '404': problem('The clinic has no domain yet.') }

const keyed = ({
  contentType = 'application/json',
  extraErrors = {},
  extraHeaders = {},
  parameters = parametersOf(noParams),
  schema,
  summary,
}: {
  contentType?: string
  extraErrors?: Record<string, unknown>
  extraHeaders?: Record<string, unknown>
  parameters?: unknown[]
  schema: Record<string, unknown>
  summary: string
}): Operation => ({
  get: {
    parameters,
    responses: {
      '200': {
        content: { [contentType]: { schema } },
        description: 'OK',
        headers: { ...rateHeaders, ...extraHeaders },
      },
      '304': { description: 'Not modified: the If-None-Match ETag is current.' },
      ...errors,
      ...extraErrors,
    },
    security: [{ clinicKey: [] }, { clinicKeyQuery: [] }],
    summary,
  },
})

const notFound = (what: string) => ({
  '404': problem(`No ${what} of this clinic is published with this slug (an unpublished one answers the same).`),
})
const xml = { type: 'string' }

export const openApiDocument = () => ({
  components: {
    schemas,
    securitySchemes: {
      clinicKey: {
        bearerFormat: 'vk_…',
        description: 'The clinic’s read key, issued by an admin.',
        scheme: 'bearer',
        type: 'http',
      },
      clinicKeyQuery: {
        description: 'The same key as a query parameter, for feed readers that cannot send headers.',
        in: 'query',
        name: 'key',
        type: 'apiKey',
      },
    },
  },
  info: {
    description:
      'Read-only delivery of a clinic’s published, medically reviewed articles. Each key sees only its own clinic.',
    title: 'Vetted delivery API',
    version: '1.0.0',
  },
  openapi: '3.1.0',
  paths: {
    '/authors/{slug}': keyed({
      extraErrors: notFound('author'),
      parameters: [slugParameter, ...parametersOf(noParams)],
      schema: { $ref: '#/components/schemas/Author' },
      summary: 'An author and their published posts',
    }),
    '/clinic': keyed({
      schema: { $ref: '#/components/schemas/Clinic' },
      summary: 'The key’s clinic: name, logo, brand colour, address, phone, crisis line, disclaimer, call to action',
    }),
    '/feed.atom': keyed({
      contentType: 'application/atom+xml',
      extraErrors: noSite,
      schema: xml,
      summary: 'Atom 1.0 feed of the latest posts',
    }),
    '/feed.json': keyed({
      contentType: 'application/feed+json',
      extraErrors: noSite,
      schema: { type: 'object' },
      summary: 'JSON Feed 1.1 of the latest posts',
    }),
    '/feed.xml': keyed({
      contentType: 'application/rss+xml',
      extraErrors: noSite,
      schema: xml,
      summary: 'RSS 2.0 feed of the latest posts',
    }),
    '/health': {
      get: {
        responses: {
          '200': {
            content: { 'application/json': { schema: { type: 'object' } } },
            description: 'The database answers.',
          },
          '503': problem('The database does not answer.'),
        },
        security: [],
        summary: 'Health for load balancers',
      },
    },
    '/media/{filename}': {
      get: {
        parameters: [{ in: 'path', name: 'filename', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            content: { 'image/*': { schema: { format: 'binary', type: 'string' } } },
            description: 'The image file',
          },
          '404': problem('No such image.'),
        },
        security: [],
        summary: 'An image file (hero images, author photos), public so browsers can load it',
      },
    },
    '/openapi.json': {
      get: {
        responses: {
          '200': { content: { 'application/json': { schema: { type: 'object' } } }, description: 'This document' },
        },
        security: [],
        summary: 'This document',
      },
    },
    '/posts': keyed({
      extraHeaders: {
        Link: {
          description: 'RFC 8288 links to the first, prev, next and last pages, with the same filters.',
          schema: { type: 'string' },
        },
      },
      parameters: parametersOf(listPostsParams),
      schema: { $ref: '#/components/schemas/PostList' },
      summary: 'Published posts, newest first',
    }),
    '/posts/{slug}': keyed({
      extraErrors: notFound('post'),
      parameters: [slugParameter, ...parametersOf(noParams)],
      schema: { $ref: '#/components/schemas/Article' },
      summary: 'A whole article',
    }),
    '/sitemap.xml': keyed({
      contentType: 'application/xml',
      extraErrors: noSite,
      schema: xml,
      summary: 'Sitemap of the clinic’s articles',
    }),
    '/topics': keyed({
      schema: { $ref: '#/components/schemas/TopicList' },
      summary: 'Topics with the clinic’s count of published posts',
    }),
    '/topics/{slug}': keyed({
      extraErrors: { '404': problem('There is no topic with this slug.') },
      parameters: [slugParameter, ...parametersOf(noParams)],
      schema: { $ref: '#/components/schemas/CountedTopic' },
      summary: 'A topic with the clinic’s count of published posts in it',
    }),
  },
  servers: [{ url: `${publicOrigin()}/v1` }],
})

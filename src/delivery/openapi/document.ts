// The OpenAPI 3.1 description of /v1, served at /v1/openapi.json. Query parameters come from the same zod schemas
// the routes validate with, and response bodies from the zod schemas the serializers' types are inferred from
// (schemas.ts), so the document can disagree neither with the validation nor with what is served.
import type { ZodObject } from 'zod'

import { z } from 'zod'

import { allowedMethods } from '@/delivery/cors'
import { listPostsParams, noParams } from '@/delivery/params'
import { publicOrigin } from '@/delivery/publicOrigin'

import { schemas } from './schemas'

type Operation = Record<string, unknown>

const tags = [
  { description: 'Published, medically reviewed articles.', name: 'Posts' },
  { description: 'The clinic, its authors and the network’s topics.', name: 'Site' },
  { description: 'RSS, Atom, JSON Feed and the sitemap, with addresses on the clinic’s site.', name: 'Feeds' },
  { description: 'Keyless routes: images, health and this document.', name: 'Public' },
] as const
type Tag = (typeof tags)[number]['name']

const problem = (description: string, headers?: Record<string, unknown>) => ({
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  description,
  ...(headers ? { headers } : {}),
})

const header = (description: string, type = 'string') => ({ description, schema: { type } })

const errors = {
  '400': problem('A parameter is not valid; `invalidParams` names it and says why.'),
  '401': problem('No key, or a key nobody issued.', {
    'WWW-Authenticate': header('The Bearer challenge: `Bearer realm="vetted-delivery"`.'),
  }),
  '403': problem('The key was revoked, or names another clinic than `clinic`.'),
  '429': problem('The key spent its requests for this minute.', {
    'Retry-After': header('Seconds until the key may ask again.', 'integer'),
  }),
}

const rateHeaders = {
  ETag: header('Strong validator, one per content coding; send it back as If-None-Match.'),
  'RateLimit-Limit': header('Requests this key may make in a minute.', 'integer'),
  'RateLimit-Remaining': header('Requests left in this minute.', 'integer'),
  'RateLimit-Reset': header('Seconds until the minute starts again.', 'integer'),
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
  operationId,
  tag,
  extraErrors = {},
  extraHeaders = {},
  parameters = parametersOf(noParams),
  schema,
  summary,
}: {
  contentType?: string
  extraErrors?: Record<string, unknown>
  extraHeaders?: Record<string, unknown>
  operationId: string
  parameters?: unknown[]
  schema: Record<string, unknown>
  summary: string
  tag: Tag
}): Operation => ({
  get: {
    operationId,
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
    tags: [tag],
  },
})

const notFound = (what: string) => ({
  '404': problem(`No ${what} of this clinic is published with this slug (an unpublished one answers the same).`),
})
const xml = { type: 'string' }

export const openApiDocument = () => ({
  components: {
    responses: {
      // Not an operation of any path: every method but these answers it, on every path.
      MethodNotAllowed: problem(`The delivery API is read-only: any method but ${allowedMethods} answers 405.`, {
        Allow: header(`The methods every path takes: ${allowedMethods}.`),
      }),
    },
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
    description: `Read-only delivery of a clinic’s published, medically reviewed articles. Each key sees only its own clinic. Every path takes ${allowedMethods} (a CORS preflight) only; any other method answers 405 with an Allow header (components.responses.MethodNotAllowed).`,
    title: 'Vetted delivery API',
    version: '1.0.0',
  },
  openapi: '3.1.0',
  paths: {
    '/authors': keyed({
      operationId: 'listAuthors',
      schema: { $ref: '#/components/schemas/AuthorList' },
      summary: 'The clinic’s authors by name, each with their count of published posts',
      tag: 'Site',
    }),
    '/authors/{slug}': keyed({
      extraErrors: notFound('author'),
      operationId: 'getAuthor',
      parameters: [slugParameter, ...parametersOf(noParams)],
      schema: { $ref: '#/components/schemas/Author' },
      summary: 'An author and their published posts',
      tag: 'Site',
    }),
    '/clinic': keyed({
      operationId: 'getClinic',
      schema: { $ref: '#/components/schemas/Clinic' },
      summary: 'The key’s clinic: name, logo, brand colour, address, phone, crisis line, disclaimer, call to action',
      tag: 'Site',
    }),
    '/feed.atom': keyed({
      contentType: 'application/atom+xml',
      extraErrors: noSite,
      operationId: 'getAtomFeed',
      schema: xml,
      summary: 'Atom 1.0 feed of the latest posts',
      tag: 'Feeds',
    }),
    '/feed.json': keyed({
      contentType: 'application/feed+json',
      extraErrors: noSite,
      operationId: 'getJsonFeed',
      schema: { $ref: '#/components/schemas/JsonFeed' },
      summary: 'JSON Feed 1.1 of the latest posts',
      tag: 'Feeds',
    }),
    '/feed.xml': keyed({
      contentType: 'application/rss+xml',
      extraErrors: noSite,
      operationId: 'getRssFeed',
      schema: xml,
      summary: 'RSS 2.0 feed of the latest posts',
      tag: 'Feeds',
    }),
    '/health': {
      get: {
        operationId: 'getHealth',
        responses: {
          '200': {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } },
            description: 'The database answers.',
          },
          '503': problem('The database does not answer.'),
        },
        security: [],
        summary: 'Health for load balancers',
        tags: ['Public'],
      },
    },
    '/media/{filename}': {
      get: {
        operationId: 'getMedia',
        parameters: [{ in: 'path', name: 'filename', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            content: { 'image/*': { schema: { format: 'binary', type: 'string' } } },
            description: 'The image file',
          },
          '404': problem('No such image.'),
        },
        security: [],
        summary: 'An image file (hero images, author photos, logos), public so browsers can load it',
        tags: ['Public'],
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApiDocument',
        responses: {
          '200': {
            content: { 'application/json': { schema: { additionalProperties: true, type: 'object' } } },
            description: 'This document',
          },
        },
        security: [],
        summary: 'This document',
        tags: ['Public'],
      },
    },
    '/posts': keyed({
      extraHeaders: {
        Link: header('RFC 8288 links to the first, prev, next and last pages, with the same filters.'),
      },
      operationId: 'listPosts',
      parameters: parametersOf(listPostsParams),
      schema: { $ref: '#/components/schemas/PostList' },
      summary: 'Published posts, newest first',
      tag: 'Posts',
    }),
    '/posts/{slug}': keyed({
      extraErrors: notFound('post'),
      operationId: 'getPost',
      parameters: [slugParameter, ...parametersOf(noParams)],
      schema: { $ref: '#/components/schemas/Article' },
      summary: 'A whole article',
      tag: 'Posts',
    }),
    '/sitemap.xml': keyed({
      contentType: 'application/xml',
      extraErrors: noSite,
      operationId: 'getSitemap',
      schema: xml,
      summary: 'Sitemap of the clinic’s articles',
      tag: 'Feeds',
    }),
    '/topics': keyed({
      operationId: 'listTopics',
      schema: { $ref: '#/components/schemas/TopicList' },
      summary: 'Topics with the clinic’s count of published posts',
      tag: 'Site',
    }),
    '/topics/{slug}': keyed({
      extraErrors: { '404': problem('There is no topic with this slug.') },
      operationId: 'getTopic',
      parameters: [slugParameter, ...parametersOf(noParams)],
      schema: { $ref: '#/components/schemas/CountedTopic' },
      summary: 'A topic with the clinic’s count of published posts in it',
      tag: 'Site',
    }),
  },
  servers: [{ url: `${publicOrigin()}/v1` }],
  tags,
})

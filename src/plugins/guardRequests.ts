// A local plugin: every collection refuses, with a 4xx that names the problem, what clients (REST, GraphQL, the
// admin) send that the database or Payload's field hooks would otherwise turn into a 500 — ids that cannot be
// ids, queries the database cannot run (whereProblem), data that is not an object, rich text that is not Lexical.
// Server code (the Local API) is trusted and passes untouched.
import type {
  CollectionBeforeOperationHook,
  CollectionConfig,
  Endpoint,
  FlattenedField,
  PayloadHandler,
  Plugin,
} from 'payload'

import { APIError, NotFound, ValidationError } from 'payload'

import { isValidDocumentId } from '@/utilities/isValidDocumentId'
import { lexicalShapeProblem } from '@/utilities/lexicalShapeProblem'

import { whereProblem } from './whereProblem'

type OperationArgs = { data?: unknown; id?: unknown; where?: unknown }

/** The first rich-text problem in data, by the field's path. */
type FieldProblem = { message: string; path: string }

const richTextProblem = (fields: FlattenedField[], data: Record<string, unknown>, prefix = ''): FieldProblem | null => {
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined) continue
    const path = `${prefix}${field.name}`
    if (field.type === 'richText') {
      const message = lexicalShapeProblem(value)
      if (message) return { message, path }
    } else if ((field.type === 'group' || field.type === 'tab') && value && typeof value === 'object') {
      const found = richTextProblem(field.flattenedFields, value as Record<string, unknown>, `${path}.`)
      if (found) return found
    }
  }
  return null
}

const guardOperation: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  const { data, id, where } = args as OperationArgs
  if (id !== undefined && !isValidDocumentId(req.payload, id)) throw new NotFound(req.t)
  const whereMessage = whereProblem(req.payload, collection.flattenedFields, where)
  if (whereMessage) throw new APIError(whereMessage, 400, undefined, true)
  if (data !== undefined) {
    if (!data || typeof data !== 'object' || Array.isArray(data))
      throw new APIError('The data sent must be an object of fields.', 400, undefined, true)
    const found = richTextProblem(collection.flattenedFields, data as Record<string, unknown>)
    if (found) throw new ValidationError({ collection: collection.slug, errors: [found] }, req.t)
  }
  return args
}

const notFound: PayloadHandler = (req) => {
  throw new NotFound(req.t)
}

/** Payload routes /versions on every collection, and a collection that keeps none would query a missing table. */
const noVersionEndpoints: Endpoint[] = [
  { handler: notFound, method: 'get', path: '/versions' },
  { handler: notFound, method: 'get', path: '/versions/:id' },
  { handler: notFound, method: 'post', path: '/versions/:id' },
]

const withGuard = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  endpoints:
    collection.versions || collection.endpoints === false
      ? collection.endpoints
      : [...noVersionEndpoints, ...(collection.endpoints || [])],
  hooks: {
    ...collection.hooks,
    beforeOperation: [guardOperation, ...(collection.hooks?.beforeOperation ?? [])],
  },
})

export const guardRequests = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map(withGuard),
})

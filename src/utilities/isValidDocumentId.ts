// Whether a value can be a document id on the configured database: a uuid on the SQL adapters (idType 'uuid'),
// an ObjectId on MongoDB. Anything else would reach the database as a type error (a 500 on PostgreSQL).
import type { Payload } from 'payload'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const objectId = /^[0-9a-f]{24}$/i

export const isValidDocumentId = (payload: Payload, value: unknown): boolean => {
  if (typeof value !== 'string' && typeof value !== 'number') return false
  const text = String(value)
  return payload.db.name === 'mongoose' ? objectId.test(text) : uuid.test(text)
}

// A client's `where`, checked against the collection's fields before it reaches the database: operators that fit
// the field, values of the right shape, ids that can be ids, and no queries into rich text (stored as JSON whose
// inner paths no adapter can query). Unknown fields and operators are left to Payload, which refuses them itself.
import type { FlattenedField, Payload } from 'payload'

import { isValidDocumentId } from '@/utilities/isValidDocumentId'

type Resolved = { field?: FlattenedField; isId: boolean; isRichText: boolean }

const listOperators = new Set(['all', 'in', 'not_in'])
const geoOperators = new Set(['intersects', 'near', 'within'])
const idOperators = new Set(['all', 'equals', 'in', 'not_equals', 'not_in'])

const isScalar = (value: unknown) =>
  value === null || ['boolean', 'number', 'string'].includes(typeof value) || value instanceof Date

const resolvePath = (fields: FlattenedField[], path: string): Resolved => {
  let current: FlattenedField[] | undefined = fields
  let field: FlattenedField | undefined
  const segments = path.split('.')
  for (const [index, segment] of segments.entries()) {
    if (!current) return { isId: false, isRichText: false }
    field = current.find((candidate) => candidate.name === segment)
    if (!field) return { isId: segment === 'id' && index === segments.length - 1, isRichText: false }
    if (field.type === 'richText') return { field, isId: false, isRichText: true }
    current = 'flattenedFields' in field ? field.flattenedFields : undefined
    // A path through a relationship continues in the related collection: Payload checks that part itself.
    if ((field.type === 'relationship' || field.type === 'upload') && index < segments.length - 1)
      return { isId: false, isRichText: false }
  }
  const pointsAtOneCollection =
    (field?.type === 'relationship' || field?.type === 'upload') && typeof field.relationTo === 'string'
  return { field, isId: pointsAtOneCollection || path === 'id', isRichText: false }
}

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (!listOperators.has(operator)) return [value]
  if (typeof value === 'string') return value.split(',')
  return Array.isArray(value) ? value : [value]
}

const conditionProblem = (payload: Payload, fields: FlattenedField[], path: string, condition: unknown) => {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition))
    return `"${path}" must be given as { operator: value }, e.g. where[${path}][equals]=…`
  const { field, isId, isRichText } = resolvePath(fields, path)
  if (isRichText) return `"${path}" is rich text, which cannot be searched; search the title or excerpt instead.`
  for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
    if (geoOperators.has(operator)) {
      if (field?.type !== 'point') return `"${operator}" works only on location fields, and "${path}" is not one.`
      continue
    }
    // JSON fields and relationships to several collections may be compared with objects; nothing else may.
    const isObjectAllowed =
      field?.type === 'json' ||
      ((field?.type === 'relationship' || field?.type === 'upload') && Array.isArray(field.relationTo))
    if (operator === 'exists') {
      if (!['false', 'true', false, true].includes(value as never)) return `"${path}" exists must be true or false.`
      continue
    }
    const values = valuesOf(operator, value)
    if (!isObjectAllowed && !values.every(isScalar))
      return `"${path}" ${operator} must be ${listOperators.has(operator) ? 'a list of values' : 'a single value'}.`
    if (isId && idOperators.has(operator)) {
      const bad = values.find(
        (item) => item !== null && item !== '' && item !== 'null' && !isValidDocumentId(payload, item),
      )
      if (bad !== undefined) return `"${path}" ${operator}: "${String(bad)}" is not a valid id.`
    }
  }
  return null
}

export const whereProblem = (payload: Payload, fields: FlattenedField[], where: unknown): null | string => {
  if (where === undefined || where === null) return null
  if (typeof where !== 'object' || Array.isArray(where)) return '"where" must be an object of conditions.'
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : null
      if (!list) return `"${key}" must be a list of conditions.`
      for (const inner of list) {
        const found = whereProblem(payload, fields, inner)
        if (found) return found
      }
      continue
    }
    const found = conditionProblem(payload, fields, key, value)
    if (found) return found
  }
  return null
}

import type { TextFieldSingleValidation } from 'payload'

import { slugs } from '../../slugs'

type Args = { field: 'doi' | 'pmid'; label: string; pattern: RegExp }

/**
 * DOIs and PMIDs identify one work; a second record of it would split "where used" and vetting in two.
 * The refusal names the record that already holds the identifier, trashed ones included.
 */
export const uniqueIdentifier =
  ({ field, label, pattern }: Args): TextFieldSingleValidation =>
  async (value, { id, req }) => {
    if (value === null || value === undefined || value === '') return true
    if (!pattern.test(value)) return `"${value}" is not a valid ${label}.`
    const { docs } = await req.payload.find({
      collection: slugs.references,
      depth: 0,
      limit: 1,
      // Uniqueness is a fact about the whole library, not about what this user may read.
      overrideAccess: true,
      pagination: false,
      req,
      select: { title: true },
      trash: true,
      where: { and: [{ [field]: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    })
    const [existing] = docs
    return existing ? `${label} ${value} is already in the library as "${existing.title}" (id ${existing.id}).` : true
  }

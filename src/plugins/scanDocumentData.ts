// Walks a document's incoming data by its fields (and the nodes of its rich text) and lists what the clinic rules
// judge: every document it points at, every text over its maxLength, every link with an unsafe scheme.
import type { FlattenedField } from 'payload'

import { citationBlock, claimBlock } from '@/fields/postEditor'
import { isSafeUrl } from '@/utilities/safeUrl'

export type Pointer = { collection: string; id: unknown; path: string }
export type Scan = { pointers: Pointer[]; problems: { message: string; path: string }[] }

type Node = {
  children?: Node[]
  fields?: Record<string, unknown>
  relationTo?: unknown
  type?: unknown
  value?: unknown
}

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/** Relationship fields of the library blocks, by block slug: a citation points at a reference, a claim at a claim. */
const blockPointers = new Map(
  [citationBlock, claimBlock].map((block) => [
    block.slug,
    block.fields.flatMap((field) =>
      'name' in field && field.type === 'relationship' && typeof field.relationTo === 'string'
        ? [{ collection: field.relationTo, name: field.name }]
        : [],
    ),
  ]),
)

const scanRichText = (value: unknown, path: string, scan: Scan) => {
  const pending: Node[] = [(value as { root?: Node } | null)?.root].filter(Boolean) as Node[]
  while (pending.length) {
    const node = pending.pop() as Node
    if ((node.type === 'upload' || node.type === 'relationship') && typeof node.relationTo === 'string')
      scan.pointers.push({ collection: node.relationTo, id: idOf(node.value), path })
    if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType !== 'internal') {
      const url = node.fields?.url
      if (typeof url !== 'string' || !isSafeUrl(url))
        scan.problems.push({ message: 'Links may only use https://, http://, mailto: or tel: addresses.', path })
    }
    if (node.type === 'inlineBlock' || node.type === 'block') {
      const fields = node.fields ?? {}
      for (const { collection, name } of blockPointers.get(String(fields.blockType)) ?? [])
        if (fields[name] !== undefined && fields[name] !== null)
          scan.pointers.push({ collection, id: idOf(fields[name]), path })
    }
    if (Array.isArray(node.children)) pending.push(...node.children)
  }
}

export const scanDocumentData = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  prefix = '',
  scan: Scan = { pointers: [], problems: [] },
): Scan => {
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const path = `${prefix}${field.name}`
    if ((field.type === 'text' || field.type === 'textarea') && typeof value === 'string') {
      if (field.maxLength && value.length > field.maxLength)
        scan.problems.push({ message: `must be at most ${field.maxLength} characters (it has ${value.length}).`, path })
    } else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      for (const item of Array.isArray(value) ? value : [value])
        scan.pointers.push({ collection: field.relationTo, id: idOf(item), path })
    } else if (field.type === 'richText') {
      scanRichText(value, path, scan)
    } else if ((field.type === 'group' || field.type === 'tab') && typeof value === 'object') {
      scanDocumentData(field.flattenedFields, value as Record<string, unknown>, `${path}.`, scan)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) =>
        scanDocumentData(field.flattenedFields, row as Record<string, unknown>, `${path}.${index}.`, scan),
      )
    }
  }
  return scan
}

import type { FieldAccess, FieldHook, RelationshipField } from 'payload'

import { isEditorOrAdmin } from '@/access/roles'
import { idOf } from '@/utilities/idOf'

import { slugs } from '../../collections/slugs'

/** Whoever creates a library entry proposed it; the value can't be set or changed by hand. */
const setProposedBy: FieldHook = ({ operation, originalDoc, req, value }) => {
  if (operation === 'create') return req.user?.id ?? value ?? null
  return (originalDoc as { proposedBy?: unknown } | undefined)?.proposedBy ?? value
}

/**
 * Who proposed an entry is the editors' to know, and the proposer's own: a marketer reading the shared library is
 * not shown another clinic's user (the admin showed their bare id). Without a document (deciding whether the field
 * may be queried) it is allowed, so the "own proposals" access rule can still ask for the marketer's own.
 */
const readProposedBy: FieldAccess = ({ doc, req }) =>
  !doc || isEditorOrAdmin(req.user) || (Boolean(req.user) && idOf(doc.proposedBy) === String(req.user?.id))

/** The library entry's proposer, as claims and references both record it. */
export const proposedBy = (): RelationshipField => ({
  name: 'proposedBy',
  type: 'relationship',
  relationTo: slugs.users,
  access: { read: readProposedBy },
  admin: { readOnly: true },
  hooks: { beforeChange: [setProposedBy] },
})

import type { Access } from 'payload'

import { isEditorOrAdmin, isMarketer } from './roles'

/**
 * Editors and admins change any library entry; a marketer only what they proposed, and only while it
 * still waits for review (`field` holds the review state, `openStates` the values that count as waiting).
 */
export const editorsOrOwnProposal =
  ({ field, openStates }: { field: string; openStates: readonly string[] }): Access =>
  ({ req }) => {
    if (isEditorOrAdmin(req.user)) return true
    if (!req.user || !isMarketer(req.user)) return false
    return { and: [{ proposedBy: { equals: req.user.id } }, { [field]: { in: [...openStates] } }] }
  }

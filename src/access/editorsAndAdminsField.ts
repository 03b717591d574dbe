import type { FieldAccess } from 'payload'

import { isEditorOrAdmin } from './roles'

export const editorsAndAdminsField: FieldAccess = ({ req }) => isEditorOrAdmin(req.user)

import type { FieldAccess } from 'payload'

import { isEditor } from './roles'

export const editorsOnlyField: FieldAccess = ({ req }) => isEditor(req.user)

import type { Access } from 'payload'

import { isEditorOrAdmin } from './roles'

export const editorsAndAdmins: Access = ({ req }) => isEditorOrAdmin(req.user)

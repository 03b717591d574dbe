import type { Access } from 'payload'

import { isEditor } from './roles'

export const editorsAndAdmins: Access = ({ req }) => isEditor(req.user)

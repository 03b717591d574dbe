import type { Access } from 'payload'

import { isAdmin } from './roles'

export const adminOnly: Access = ({ req }) => isAdmin(req.user)

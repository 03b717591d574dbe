import type { Access } from 'payload'

import { hasAnyRole } from './roles'

/** Any signed-in user who holds a role. Anonymous requests and role-less accounts get nothing. */
export const signedIn: Access = ({ req }) => hasAnyRole(req.user)

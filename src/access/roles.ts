// Who a user is, read from the `roles` field. Every access rule asks these, never the field directly.
export const roles = ['admin', 'editor', 'marketer'] as const
export type Role = (typeof roles)[number]

type MaybeUser = { collection?: string; roles?: unknown } | null | undefined

export const hasRole = (user: MaybeUser, role: Role): boolean =>
  Boolean(user && user.collection === 'users' && Array.isArray(user.roles) && user.roles.includes(role))

export const isAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** Medical editors work across the whole network; admins can do what editors do. */
export const isEditor = (user: MaybeUser): boolean => hasRole(user, 'editor') || isAdmin(user)

export const isMarketer = (user: MaybeUser): boolean => hasRole(user, 'marketer')

/** A signed-in user holding at least one role; a user with no role can do nothing. */
export const hasAnyRole = (user: MaybeUser): boolean => roles.some((role) => hasRole(user, role))

/** Admins and editors see every clinic; marketers only their own. */
export const seesAllClinics = (user: MaybeUser): boolean => isAdmin(user) || hasRole(user, 'editor')

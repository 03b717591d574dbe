// Who a user is, read from the `roles` field. Every access rule asks these, never the field directly. Each helper
// is named for exactly whom it admits: a name that admits more than it says is how rules drift.
export const roles = ['admin', 'editor', 'marketer'] as const
export type Role = (typeof roles)[number]

type MaybeUser = { collection?: string; roles?: unknown } | null | undefined

export const hasRole = (user: MaybeUser, role: Role): boolean =>
  Boolean(user && user.collection === 'users' && Array.isArray(user.roles) && user.roles.includes(role))

export const isAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** A medical editor (the `editor` role) and nobody else: admins are not medical editors. */
export const isMedicalEditor = (user: MaybeUser): boolean => hasRole(user, 'editor')

/** Medical editors and admins: both work across the whole network. */
export const isEditorOrAdmin = (user: MaybeUser): boolean => isMedicalEditor(user) || isAdmin(user)

export const isMarketer = (user: MaybeUser): boolean => hasRole(user, 'marketer')

/** A signed-in user holding at least one role; a user with no role can do nothing. */
export const hasAnyRole = (user: MaybeUser): boolean => roles.some((role) => hasRole(user, role))

/** Admins and editors see every clinic; marketers only their own. */
export const seesAllClinics = (user: MaybeUser): boolean => isEditorOrAdmin(user)

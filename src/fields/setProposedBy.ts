import type { FieldHook } from 'payload'

/** Whoever creates a library entry proposed it; the value can't be set or changed by hand. */
export const setProposedBy: FieldHook = ({ operation, originalDoc, req, value }) => {
  if (operation === 'create') return req.user?.id ?? value ?? null
  return (originalDoc as { proposedBy?: unknown } | undefined)?.proposedBy ?? value
}

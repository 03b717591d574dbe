import type { CollectionBeforeChangeHook } from 'payload'

import { Forbidden } from 'payload'

/** Events are written once. Even server code with overrideAccess cannot rewrite history. */
export const refuseChange: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') throw new Forbidden(req.t)
  return data
}

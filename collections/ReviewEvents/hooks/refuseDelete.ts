import type { CollectionBeforeDeleteHook } from 'payload'

import { Forbidden } from 'payload'

/** The audit log is never pruned, whatever the caller's rights. */
export const refuseDelete: CollectionBeforeDeleteHook = ({ req }) => {
  throw new Forbidden(req.t)
}

// An author page linked to a medical editor is shown beside "Medically reviewed by" on every article that editor
// signs off, and no sign-off covers it. So once linked, only an admin changes it (or trashes it): a clinic's
// marketer could otherwise put words beside the review badge that no editor approved.
import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { isAdmin } from '@/access/roles'

export const guardReviewerProfile: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  // System writes (no user) and writes to pages that are nobody's profile pass; so does an admin.
  if (operation !== 'update' || !originalDoc?.reviewer || !req.user || isAdmin(req.user)) return data
  throw new APIError(
    'This author page is a medical editor’s profile, shown with their reviews: only an admin may change it.',
    403,
    undefined,
    true,
  )
}

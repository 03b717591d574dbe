import type { Access, Where } from 'payload'

import { memberClinicIds } from './memberClinicIds'
import { isEditorOrAdmin, isMarketer } from './roles'

/**
 * Editors and admins read every record; a marketer reads the records of their own clinics (their `clinic` field),
 * narrowed further by `alsoWhere` where a collection keeps records marketers have no business reading.
 */
export const editorsOrOwnClinics =
  (alsoWhere?: Where): Access =>
  ({ req }) => {
    if (isEditorOrAdmin(req.user)) return true
    if (!isMarketer(req.user)) return false
    const ownClinics: Where = { clinic: { in: memberClinicIds(req.user) } }
    return alsoWhere ? { and: [ownClinics, alsoWhere] } : ownClinics
  }

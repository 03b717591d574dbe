import type { RelationshipField } from 'payload'

import { idOf } from '@/utilities/idOf'
import { assigneeProblem } from '@/workflow/assigneeProblem'

import { slugs } from '../../slugs'

/**
 * The medical editor a post in review is given to, or nobody (the editors' pool). Written only by the workflow's
 * assign action (guardReviewFields puts back anything else); who signs off is the sign-off's to say, not this.
 */
export const assignedEditor: RelationshipField = {
  name: 'assignedEditor',
  type: 'relationship',
  relationTo: slugs.users,
  label: 'Assigned to',
  admin: {
    readOnly: true,
    description: 'The medical editor reviewing this post; empty while it waits in the pool. Set from the panel above.',
  },
  filterOptions: { roles: { contains: 'editor' } },
  // By name rather than Payload's "invalid selection", on published saves; the assign action asks the same.
  validate: async (value, { req }) => (value ? ((await assigneeProblem({ id: idOf(value), req })) ?? true) : true),
}

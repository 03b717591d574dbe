import type { WorkflowAction, WorkflowPost, WorkflowUser } from './transitions'

import { refusalOf } from './refusalOf'
import { workflowActions } from './transitions'

/** The review actions this user may take on this post now: what the admin panel offers, and all it offers. */
export const allowedActions = ({ post, user }: { post: WorkflowPost; user: WorkflowUser }): WorkflowAction[] =>
  workflowActions.filter((action) => refusalOf({ action, post, user }) === null)

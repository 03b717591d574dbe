import { memberClinicIds } from '@/access/memberClinicIds'
import { isAdmin, isMarketer, isMedicalEditor } from '@/access/roles'
import { idOf } from '@/utilities/idOf'

// Why a user may not take a review action on a post, read from the transitions table. The server actions turn a
// refusal into their error; allowedActions keeps what is not refused, for the admin panel.
import type { Who, WorkflowAction, WorkflowPost, WorkflowUser } from './transitions'

import { transitions } from './transitions'

/** `role`: no role the action admits (403); `state`: not from here (409); `not-in-clinic` (403); `own-text` (403). */
export type Refusal = 'not-in-clinic' | 'own-text' | 'role' | 'state'

const hasRoleFor: Record<Who, (user: WorkflowUser) => boolean> = {
  admin: isAdmin,
  clinicMarketer: isMarketer,
  medicalEditor: isMedicalEditor,
}

const isMemberOf = (user: WorkflowUser, clinic: unknown): boolean =>
  Boolean(clinic) && memberClinicIds(user).includes(idOf(clinic))

const admitsFor: Record<Who, (user: WorkflowUser, post: WorkflowPost) => boolean> = {
  admin: isAdmin,
  clinicMarketer: (user, post) => isMarketer(user) && isMemberOf(user, post.clinic),
  medicalEditor: isMedicalEditor,
}

const isInFromState = (action: WorkflowAction, post: WorkflowPost): boolean => {
  const { from } = transitions[action]
  return from === 'live' ? post.isLive : from.includes(post.workflowState ?? 'draft')
}

const isContributor = (user: WorkflowUser, post: WorkflowPost): boolean =>
  Boolean(user) && (post.contributors ?? []).some((contributor) => idOf(contributor) === String(user?.id))

/**
 * Checked in the order the server answers, so each refusal maps to the error it always gave: the role first
 * (answerable before the post is loaded: pass no post), then the state, the post's clinic and the editor's own text.
 */
export const refusalOf = ({
  action,
  post,
  user,
}: {
  action: WorkflowAction
  post?: WorkflowPost
  user: WorkflowUser
}): null | Refusal => {
  const transition = transitions[action]
  if (!transition.who.some((who) => hasRoleFor[who](user))) return 'role'
  if (!post) return null
  if (!isInFromState(action, post)) return 'state'
  if (!transition.who.some((who) => admitsFor[who](user, post))) return 'not-in-clinic'
  if (transition.isBarredToContributors && isContributor(user, post)) return 'own-text'
  return null
}

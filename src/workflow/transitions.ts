// The review workflow's one table of transitions: for each action, the states it starts from, the state it leads to
// and who may take it. The server actions guard with it and the admin panel offers exactly what it allows, so the
// two cannot drift. Pure: no Payload, no HTTP, no React.
export type WorkflowState = 'approved' | 'changes_requested' | 'draft' | 'in_review' | 'published'

export const workflowActions = [
  'submit',
  'assign',
  'request-changes',
  'sign-off',
  'publish',
  'schedule',
  'unschedule',
  'unpublish',
  'waive',
  'comment',
] as const
export type WorkflowAction = (typeof workflowActions)[number]

/** The user as Payload hands it over: only the fields the rules read. */
export type WorkflowUser =
  | { clinics?: null | { clinic?: unknown }[]; collection?: string; id: number | string; roles?: unknown }
  | null
  | undefined

/**
 * What the rules need to know about a post. `workflowState` is the latest version's (a draft if there is one);
 * `isLive` says whether a published version exists, which a draft saved over it does not change.
 */
export type WorkflowPost = {
  clinic?: unknown
  contributors?: null | unknown[]
  isLive: boolean
  workflowState?: null | WorkflowState
}

/** The kinds of people an action admits; each is a role, narrowed by the post where the role is per clinic. */
export type Who = 'admin' | 'clinicMarketer' | 'medicalEditor'

export type Transition = {
  /** The latest version's states the action starts from; `live` means "a published version exists" instead. */
  from: 'live' | readonly WorkflowState[]
  /** A medical editor who changed the text may not take this action on it. */
  isBarredToContributors?: boolean
  /** The action takes a moment in the future (`publishAt`). */
  needsDate?: boolean
  needsKey?: boolean
  needsNote?: boolean
  /** The state it leads to; null when the action leaves the state as it is. */
  to: null | WorkflowState
  who: readonly Who[]
}

const everyState: readonly WorkflowState[] = ['draft', 'in_review', 'changes_requested', 'approved', 'published']

export const transitions: Record<WorkflowAction, Transition> = {
  // Gives the post to one medical editor (an editor may take it or hand it to a colleague), or back to the pool;
  // while the review is open. It does not move the post, and the one who signs off need not be the assignee.
  assign: { from: ['in_review', 'changes_requested', 'approved'], to: null, who: ['medicalEditor', 'admin'] },
  // A note on the post's conversation, from anyone who works on it, about the post or one flagged sentence (`key`).
  comment: { from: everyState, needsNote: true, to: null, who: ['clinicMarketer', 'medicalEditor', 'admin'] },
  // Admins stand in for a clinic that has no marketer of its own (the demo seed's Northfield), as for submit.
  publish: { from: ['approved'], to: 'published', who: ['clinicMarketer', 'medicalEditor', 'admin'] },
  // A publish at a later moment, by the same people; the job publishes as whoever scheduled it (publishScheduledPost).
  schedule: { from: ['approved'], needsDate: true, to: null, who: ['clinicMarketer', 'medicalEditor', 'admin'] },
  'request-changes': {
    from: ['in_review', 'approved'],
    needsNote: true,
    to: 'changes_requested',
    who: ['medicalEditor'],
  },
  'sign-off': { from: ['in_review'], isBarredToContributors: true, to: 'approved', who: ['medicalEditor'] },
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', who: ['clinicMarketer', 'admin'] },
  // Any state: a post whose sign-off was voided after scheduling is a draft again, and its schedule can still go.
  unschedule: { from: everyState, to: null, who: ['clinicMarketer', 'medicalEditor', 'admin'] },
  unpublish: { from: 'live', to: 'approved', who: ['clinicMarketer', 'medicalEditor', 'admin'] },
  // A waiver accepts one flagged sentence (`key`); it does not move the post, so any state will do.
  waive: { from: everyState, needsKey: true, needsNote: true, to: null, who: ['medicalEditor'] },
}

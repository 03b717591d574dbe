// The transitions table, every action × state × kind of user, against the README's "Medical review" table written
// out here by hand: if the table and this list disagree, one of them is wrong.
import { describe, expect, it } from 'vitest'

import type { WorkflowAction, WorkflowPost, WorkflowState, WorkflowUser } from '@/workflow/transitions'

import { allowedActions } from '@/workflow/allowedActions'
import { refusalOf } from '@/workflow/refusalOf'
import { transitions, workflowActions } from '@/workflow/transitions'

const user = (id: string, roles: string[], clinics: string[] = []) => ({
  clinics: clinics.map((clinic) => ({ clinic })),
  collection: 'users',
  id,
  roles,
})
const people = {
  admin: user('admin', ['admin']),
  anonymous: null,
  editor: user('editor', ['editor']),
  // An editor who changed the post's text: listed in its contributors.
  editorWhoWrote: user('editor-who-wrote', ['editor']),
  marketerA: user('marketer-a', ['marketer'], ['clinic-a']),
  marketerB: user('marketer-b', ['marketer'], ['clinic-b']),
  roleless: user('roleless', []),
} satisfies Record<string, WorkflowUser>
type Person = keyof typeof people

const states: WorkflowState[] = ['draft', 'in_review', 'changes_requested', 'approved', 'published']

/** Who may take each action, and from where: the README table, written independently of src/workflow. */
const expected: Record<
  WorkflowAction,
  { from: (state: WorkflowState, isLive: boolean) => boolean; who: readonly Person[] }
> = {
  assign: {
    from: (state) => state === 'in_review' || state === 'changes_requested' || state === 'approved',
    who: ['editor', 'editorWhoWrote', 'admin'],
  },
  comment: { from: () => true, who: ['marketerA', 'editor', 'editorWhoWrote', 'admin'] },
  publish: { from: (state) => state === 'approved', who: ['marketerA', 'editor', 'editorWhoWrote', 'admin'] },
  'request-changes': {
    from: (state) => state === 'in_review' || state === 'approved',
    who: ['editor', 'editorWhoWrote'],
  },
  schedule: { from: (state) => state === 'approved', who: ['marketerA', 'editor', 'editorWhoWrote', 'admin'] },
  'sign-off': { from: (state) => state === 'in_review', who: ['editor'] },
  submit: { from: (state) => state === 'draft' || state === 'changes_requested', who: ['marketerA', 'admin'] },
  unpublish: { from: (_state, isLive) => isLive, who: ['marketerA', 'editor', 'editorWhoWrote', 'admin'] },
  unschedule: { from: () => true, who: ['marketerA', 'editor', 'editorWhoWrote', 'admin'] },
  waive: { from: () => true, who: ['editor', 'editorWhoWrote'] },
}

const postIn = (state: WorkflowState, isLive: boolean): WorkflowPost => ({
  clinic: 'clinic-a',
  contributors: ['marketer-a', { id: 'editor-who-wrote' }],
  isLive,
  workflowState: state,
})

const cases = states.flatMap((state) =>
  [false, true].flatMap((isLive) => (Object.keys(people) as Person[]).map((person) => ({ isLive, person, state }))),
)

describe('the transitions table', () => {
  it.each(cases)(
    'offers $person on a $state post (live: $isLive) exactly what the README allows',
    ({ isLive, person, state }) => {
      const allowed = allowedActions({ post: postIn(state, isLive), user: people[person] })
      const wanted = workflowActions.filter(
        (action) => expected[action].from(state, isLive) && expected[action].who.includes(person),
      )
      expect(allowed).toEqual(wanted)
    },
  )

  it('names why: the role, then the state, then the clinic, then the editor’s own text', () => {
    const inReview = postIn('in_review', false)
    expect(refusalOf({ action: 'sign-off', post: inReview, user: people.marketerA })).toBe('role')
    expect(refusalOf({ action: 'submit', post: inReview, user: people.editor })).toBe('role')
    expect(refusalOf({ action: 'submit', post: inReview, user: people.marketerA })).toBe('state')
    expect(refusalOf({ action: 'submit', post: postIn('draft', false), user: people.marketerB })).toBe('not-in-clinic')
    expect(refusalOf({ action: 'sign-off', post: inReview, user: people.editorWhoWrote })).toBe('own-text')
    expect(refusalOf({ action: 'sign-off', post: postIn('draft', false), user: people.editorWhoWrote })).toBe('state')
  })

  it('answers the role alone before the post is loaded', () => {
    expect(refusalOf({ action: 'submit', user: people.editor })).toBe('role')
    expect(refusalOf({ action: 'submit', user: people.marketerB })).toBeNull()
    expect(refusalOf({ action: 'waive', user: people.admin })).toBe('role')
    expect(refusalOf({ action: 'publish', user: people.anonymous })).toBe('role')
  })

  it('treats a post with no state as a draft and one with no clinic as nobody’s to write', () => {
    // Cancelling a schedule is open in every state (a voided sign-off leaves a scheduled post a draft).
    expect(allowedActions({ post: { isLive: false }, user: people.admin })).toEqual(['submit', 'unschedule', 'comment'])
    expect(allowedActions({ post: { isLive: false, workflowState: 'draft' }, user: people.marketerA })).toEqual([])
  })

  it('asks for a note where the server does, a key for a waiver and a date for a schedule', () => {
    const needsNote = workflowActions.filter((action) => transitions[action].needsNote)
    expect(needsNote).toEqual(['request-changes', 'waive', 'comment'])
    expect(workflowActions.filter((action) => transitions[action].needsKey)).toEqual(['waive'])
    expect(workflowActions.filter((action) => transitions[action].needsDate)).toEqual(['schedule'])
  })
})

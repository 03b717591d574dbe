'use client'
// The review actions the server allows this user on this post (and only those), each calling
// POST /api/posts/:id/workflow/:action, and the flagged sentences with their fixes.
import React, { useState } from 'react'

import type { FlagLine } from '@/workflow/flaggedSentences'
import type { ChecklistItem } from '@/workflow/signOffChecklist'
import type { WorkflowAction } from '@/workflow/transitions'

import type { Assignment } from './reviewPanel/AssignEditor'

import { AssignEditor } from './reviewPanel/AssignEditor'
import { FlaggedSentences } from './reviewPanel/FlaggedSentences'
import { NoteForm } from './reviewPanel/NoteForm'
import { ScheduleForm } from './reviewPanel/ScheduleForm'
import { SignOffForm } from './reviewPanel/SignOffForm'
import { useLiveFlags } from './reviewPanel/useLiveFlags'
import { useWorkflowAction } from './reviewPanel/useWorkflowAction'

/**
 * One action the transitions table allows, as PublishBlockers read it. `isBlocked`: the publish gate (or sign-off's
 * share of it) would still refuse it, so it is shown disabled until the blockers listed above are resolved.
 */
export type OfferedAction = { action: WorkflowAction; isBlocked: boolean; needsNote: boolean }

type Props = {
  actions: OfferedAction[]
  assignment: Assignment | null
  /** What the editor signs off, flag by flag (signOffChecklist), when sign-off is offered. */
  checklist: ChecklistItem[]
  /** The flagged sentences nothing resolves, as last saved; the list then follows the writer's typing. */
  flags: FlagLine[]
  id: string
  /** The moment the post is scheduled to go live, if it is. */
  scheduledAt?: null | string
}

const labels: Record<WorkflowAction, string> = {
  assign: 'Assign…',
  comment: 'Add note',
  publish: 'Publish',
  'request-changes': 'Request changes…',
  schedule: 'Schedule…',
  'sign-off': 'Sign off',
  submit: 'Submit for review',
  unpublish: 'Unpublish',
  unschedule: 'Cancel schedule',
  waive: 'Waive…',
}

const questions: Partial<Record<WorkflowAction, string>> = {
  'request-changes': 'What should the author change?',
}

export const WorkflowActions = ({ actions, assignment, checklist, flags, id, scheduledAt }: Props) => {
  const { error, isBusy, run } = useWorkflowAction({ id })
  const liveFlags = useLiveFlags({ id, saved: flags })
  const [noting, setNoting] = useState<null | WorkflowAction>(null)
  const [isScheduling, setIsScheduling] = useState(false)
  const [isSigningOff, setIsSigningOff] = useState(false)
  // Offered elsewhere rather than as buttons here: a waiver per flagged sentence, below; a note in the
  // conversation; cancelling a schedule beside the scheduled time; the assignment as its own control.
  const buttons = actions.filter(({ action }) => !['assign', 'comment', 'unschedule', 'waive'].includes(action))
  const canUnschedule = actions.some(({ action }) => action === 'unschedule')
  const onClick = (action: WorkflowAction, needsNote: boolean) => {
    if (action === 'schedule') setIsScheduling(true)
    else if (action === 'sign-off') setIsSigningOff(true)
    else if (needsNote) setNoting(action)
    else void run(action)
  }

  return (
    <div>
      <FlaggedSentences
        canDiscuss={actions.some(({ action }) => action === 'comment')}
        canWaive={actions.some(({ action }) => action === 'waive')}
        flags={liveFlags}
        isBusy={isBusy}
        run={run}
      />
      {scheduledAt && (
        <p data-testid="scheduled-at" style={{ margin: '0 0 8px' }}>
          Scheduled to publish on{' '}
          {/* In the reader's own time zone; the server's rendering may differ until the browser's takes over. */}
          <time dateTime={scheduledAt} suppressHydrationWarning>
            {new Date(scheduledAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
          </time>
          . It goes live then only if nothing blocks it.{' '}
          {canUnschedule && (
            <button
              className="btn btn--style-secondary btn--size-small"
              data-testid="action-unschedule"
              disabled={isBusy}
              onClick={() => void run('unschedule')}
              style={{ margin: 0 }}
              type="button"
            >
              {labels.unschedule}
            </button>
          )}
        </p>
      )}
      {assignment && actions.some(({ action }) => action === 'assign') && (
        <AssignEditor assignment={assignment} isBusy={isBusy} run={run} />
      )}
      <div>
        {buttons.map(({ action, isBlocked, needsNote }) => (
          <button
            className="btn btn--style-secondary btn--size-small"
            data-blocked={isBlocked || undefined}
            data-testid={`action-${action}`}
            disabled={isBusy || isBlocked}
            key={action}
            onClick={() => onClick(action, needsNote)}
            style={{ margin: '0 8px 8px 0' }}
            title={isBlocked ? 'Resolve what the panel lists first.' : undefined}
            type="button"
          >
            {labels[action]}
          </button>
        ))}
      </div>
      {buttons.some(({ isBlocked }) => isBlocked) && (
        <p className="field-description" data-testid="blocked-actions" style={{ margin: '0 0 8px' }}>
          {buttons
            .filter(({ isBlocked }) => isBlocked)
            .map(({ action }) => labels[action])
            .join(' and ')}{' '}
          will be possible once nothing listed above stands in the way.
        </p>
      )}
      {isScheduling && (
        <ScheduleForm
          isBusy={isBusy}
          onCancel={() => setIsScheduling(false)}
          onConfirm={(publishAt) =>
            void run('schedule', { publishAt }).then((isDone) => isDone && setIsScheduling(false))
          }
        />
      )}
      {isSigningOff && (
        <SignOffForm
          isBusy={isBusy}
          items={checklist}
          onCancel={() => setIsSigningOff(false)}
          onConfirm={(answer) => void run('sign-off', answer).then((isDone) => isDone && setIsSigningOff(false))}
        />
      )}
      {noting && (
        <NoteForm
          confirmLabel={labels[noting].replace('…', '')}
          isBusy={isBusy}
          onCancel={() => setNoting(null)}
          onConfirm={(note) => void run(noting, { note }).then((isDone) => isDone && setNoting(null))}
          question={questions[noting] ?? 'Add a note.'}
        />
      )}
      {error && (
        <p data-testid="action-error" role="alert" style={{ color: 'var(--theme-error-500)', whiteSpace: 'pre-line' }}>
          {error}
        </p>
      )}
    </div>
  )
}

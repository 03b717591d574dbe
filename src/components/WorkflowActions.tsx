'use client'
// Buttons for the review actions; each calls POST /api/posts/:id/workflow/:action and reloads the document.
import React, { useState } from 'react'

type Props = {
  canReview: boolean
  canWrite: boolean
  flags: { key: string; message: string }[]
  id: string
  isPublished: boolean
  state: string
}

export const WorkflowActions = ({ canReview, canWrite, flags, id, isPublished, state }: Props) => {
  const [error, setError] = useState<null | string>(null)
  const [isBusy, setIsBusy] = useState(false)

  const run = async (action: string, body: Record<string, string> = {}) => {
    setIsBusy(true)
    setError(null)
    const response = await fetch(`/api/posts/${id}/workflow/${action}`, {
      body: JSON.stringify(body),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    if (response.ok) {
      window.location.reload()
      return
    }
    const result = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
    setError(result.errors?.map((item) => item.message).join('\n') ?? `The ${action} failed (${response.status}).`)
    setIsBusy(false)
  }
  const withNote = (action: string, question: string, extra: Record<string, string> = {}) => {
    const note = window.prompt(question)
    if (note) void run(action, { ...extra, note })
  }

  const button = (label: string, onClick: () => void, testId: string) => (
    <button
      className="btn btn--style-secondary btn--size-small"
      data-testid={testId}
      disabled={isBusy}
      key={testId}
      onClick={onClick}
      style={{ margin: '0 8px 8px 0' }}
      type="button"
    >
      {label}
    </button>
  )

  const actions = [
    canWrite &&
      (state === 'draft' || state === 'changes_requested') &&
      button('Submit for review', () => void run('submit'), 'action-submit'),
    canReview && state === 'in_review' && button('Sign off', () => void run('sign-off'), 'action-sign-off'),
    canReview &&
      (state === 'in_review' || state === 'approved') &&
      button(
        'Request changes',
        () => withNote('request-changes', 'What should the author change?'),
        'action-request-changes',
      ),
    canWrite && state === 'approved' && !isPublished && button('Publish', () => void run('publish'), 'action-publish'),
    canWrite && isPublished && button('Unpublish', () => void run('unpublish'), 'action-unpublish'),
  ].filter(Boolean)

  return (
    <div>
      <div>{actions}</div>
      {canReview &&
        flags.map((flag) =>
          button(
            `Waive: ${flag.message.slice(0, 60)}…`,
            () => withNote('waive', 'Why may this sentence stand without a citation?', { key: flag.key }),
            `action-waive-${flag.key}`,
          ),
        )}
      {error && (
        <p data-testid="action-error" role="alert" style={{ color: 'var(--theme-error-500)', whiteSpace: 'pre-line' }}>
          {error}
        </p>
      )}
    </div>
  )
}

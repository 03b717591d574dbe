'use client'
// Who reviews this post: "Assign to me", a choice of medical editor, or back to the pool. Offered only where the
// transitions table allows the assign action; the server checks the editor is one (a medical editor) again.
import React, { useState } from 'react'

import type { RunAction } from './useWorkflowAction'

/** The assignment as the panel's server half read it: the editors to choose from and who the user is. */
export type Assignment = {
  assignedTo: null | string
  editors: { id: string; name: string }[]
  /** The signed-in user's id when they are a medical editor (who may take the post themselves). */
  me: null | string
}

type Props = { assignment: Assignment; isBusy: boolean; run: RunAction }

export const AssignEditor = ({ assignment: { assignedTo, editors, me }, isBusy, run }: Props) => {
  const [choice, setChoice] = useState(assignedTo ?? '')
  const current = editors.find((editor) => editor.id === assignedTo)
  return (
    <div data-testid="assign-editor" style={{ margin: '0 0 8px' }}>
      <p data-testid="assigned-to" style={{ margin: '0 0 4px' }}>
        {assignedTo ? `Assigned to ${current?.name ?? 'an editor'}.` : 'Not assigned: any medical editor may take it.'}
      </p>
      {me && assignedTo !== me && (
        <button
          className="btn btn--style-secondary btn--size-small"
          data-testid="assign-me"
          disabled={isBusy}
          onClick={() => void run('assign', { editor: me })}
          style={{ margin: '0 8px 8px 0' }}
          type="button"
        >
          Assign to me
        </button>
      )}
      <select
        aria-label="Medical editor"
        data-testid="assign-choice"
        disabled={isBusy}
        onChange={(event) => setChoice(event.target.value)}
        style={{ margin: '0 8px 8px 0' }}
        value={choice}
      >
        <option value="">Choose an editor…</option>
        {editors.map((editor) => (
          <option key={editor.id} value={editor.id}>
            {editor.name}
          </option>
        ))}
      </select>
      <button
        className="btn btn--style-secondary btn--size-small"
        data-testid="assign-confirm"
        disabled={isBusy || !choice || choice === assignedTo}
        onClick={() => void run('assign', { editor: choice })}
        style={{ margin: '0 8px 8px 0' }}
        type="button"
      >
        Assign
      </button>
      {assignedTo && (
        <button
          className="btn btn--style-secondary btn--size-small"
          data-testid="assign-pool"
          disabled={isBusy}
          onClick={() => void run('assign', { editor: null })}
          style={{ margin: '0 8px 8px 0' }}
          type="button"
        >
          Back to the pool
        </button>
      )}
    </div>
  )
}

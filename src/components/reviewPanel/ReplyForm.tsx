'use client'
// Adds a note to the post's conversation (the workflow's `comment` action); the thread re-renders from the server.
import React, { useState } from 'react'

import { NoteInput } from './formParts'
import { useWorkflowAction } from './useWorkflowAction'

export const ReplyForm = ({ id }: { id: string }) => {
  const { error, isBusy, run } = useWorkflowAction({ id })
  const [note, setNote] = useState('')
  const send = async () => {
    if (await run('comment', { note: note.trim() })) setNote('')
  }
  return (
    <div style={{ marginTop: 'calc(var(--base) / 2)' }}>
      <NoteInput
        label="Add a note for the editors and the clinic"
        onChange={setNote}
        testId="reply-input"
        value={note}
      />
      <button
        className="btn btn--style-secondary btn--size-small"
        data-testid="reply-send"
        disabled={isBusy || !note.trim()}
        onClick={() => void send()}
        style={{ margin: '4px 0 0' }}
        type="button"
      >
        Add note
      </button>
      {error && (
        <p data-testid="reply-error" role="alert" style={{ color: 'var(--theme-error-500)', whiteSpace: 'pre-line' }}>
          {error}
        </p>
      )}
    </div>
  )
}

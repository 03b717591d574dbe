'use client'
// An inline note for an action that needs one (asking for changes, waiving a flag): written in the panel, where
// the marketer will later read it, instead of in a browser prompt.
import React, { useState } from 'react'

type Props = {
  confirmLabel: string
  isBusy: boolean
  onCancel: () => void
  onConfirm: (note: string) => void
  question: string
}

export const NoteForm = ({ confirmLabel, isBusy, onCancel, onConfirm, question }: Props) => {
  const [note, setNote] = useState('')
  const hasNote = note.trim().length > 0
  return (
    <div data-testid="note-form" style={{ margin: '0 0 8px' }}>
      <label style={{ display: 'block', marginBottom: 4 }}>
        {question}
        <textarea
          autoFocus
          data-testid="note-input"
          onChange={(event) => setNote(event.target.value)}
          rows={3}
          style={{ display: 'block', marginTop: 4, width: '100%' }}
          value={note}
        />
      </label>
      <button
        className="btn btn--style-primary btn--size-small"
        data-testid="note-confirm"
        disabled={isBusy || !hasNote}
        onClick={() => onConfirm(note.trim())}
        style={{ margin: '0 8px 0 0' }}
        type="button"
      >
        {confirmLabel}
      </button>
      <button
        className="btn btn--style-secondary btn--size-small"
        onClick={onCancel}
        style={{ margin: 0 }}
        type="button"
      >
        Cancel
      </button>
    </div>
  )
}

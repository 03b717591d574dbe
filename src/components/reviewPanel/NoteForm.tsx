'use client'
// An inline note for an action that needs one (asking for changes, waiving a flag): written in the panel, where
// the marketer will later read it, instead of in a browser prompt.
import React, { useState } from 'react'

import { ConfirmCancel, NoteInput } from './formParts'

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
      <NoteInput autoFocus label={question} onChange={setNote} testId="note-input" value={note} />
      <ConfirmCancel
        confirmLabel={confirmLabel}
        confirmTestId="note-confirm"
        isDisabled={isBusy || !hasNote}
        onCancel={onCancel}
        onConfirm={() => onConfirm(note.trim())}
      />
    </div>
  )
}

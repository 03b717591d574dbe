'use client'
// The sign-off checklist: every flagged sentence with what resolves it, a box to tick for each cited figure the
// editor has checked against its source (the server refuses the sign-off until each is ticked), and a note.
import React, { useState } from 'react'

import type { ChecklistItem } from '@/workflow/signOffChecklist'

import { ConfirmCancel, NoteInput } from './formParts'

type Props = {
  isBusy: boolean
  items: ChecklistItem[]
  onCancel: () => void
  onConfirm: (answer: { checked: string[]; note: string }) => void
}

export const SignOffForm = ({ isBusy, items, onCancel, onConfirm }: Props) => {
  const [checked, setChecked] = useState<string[]>([])
  const [note, setNote] = useState('')
  const toVerify = items.filter((item) => item.toVerify)
  const isComplete = toVerify.every((item) => checked.includes(item.key))
  const toggle = (key: string) =>
    setChecked((keys) => (keys.includes(key) ? keys.filter((each) => each !== key) : [...keys, key]))
  return (
    <div data-testid="sign-off-form" style={{ margin: '0 0 8px' }}>
      {items.length === 0 ? (
        <p style={{ margin: '0 0 4px' }}>The scanner flagged no sentence in this post.</p>
      ) : (
        <>
          <p style={{ margin: '0 0 4px' }}>
            Every flagged sentence and what supports it
            {toVerify.length > 0 && '; tick each cited figure once you have checked the source says it'}:
          </p>
          <ul data-testid="sign-off-checklist" style={{ listStyle: 'none', margin: '0 0 8px', paddingLeft: 0 }}>
            {items.map((item) => (
              <li key={item.key} style={{ marginBottom: 6 }}>
                <label style={{ alignItems: 'start', display: 'flex', gap: 6 }}>
                  {item.toVerify && (
                    <input
                      checked={checked.includes(item.key)}
                      data-testid={`verify-${item.key}`}
                      onChange={() => toggle(item.key)}
                      type="checkbox"
                    />
                  )}
                  <span>
                    “{item.sentence}” <em>({item.where})</em>: {item.resolution ?? 'not resolved'}
                    {item.toVerify && <strong> To verify against the source.</strong>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <NoteInput
        label="Note (optional), kept with the sign-off"
        onChange={setNote}
        rows={2}
        testId="sign-off-note"
        value={note}
      />
      <ConfirmCancel
        confirmLabel="Sign off"
        confirmTestId="sign-off-confirm"
        isDisabled={isBusy || !isComplete}
        onCancel={onCancel}
        onConfirm={() => onConfirm({ checked, note: note.trim() })}
        title={isComplete ? undefined : 'Tick each cited figure once you have checked it.'}
      />
    </div>
  )
}

'use client'
// The parts every form of the review panel shares: a note written in the panel, and its confirm and cancel buttons.
import React from 'react'

const buttonClass = 'btn btn--size-small'

/** A labelled note, as the panel's forms ask for one (a request for changes, a waiver, a reply, a sign-off). */
export const NoteInput = ({
  autoFocus,
  label,
  onChange,
  rows = 3,
  testId,
  value,
}: {
  autoFocus?: boolean
  label: string
  onChange: (note: string) => void
  rows?: number
  testId: string
  value: string
}) => (
  <label style={{ display: 'block', marginBottom: 4 }}>
    {label}
    <textarea
      autoFocus={autoFocus}
      data-testid={testId}
      onChange={(event) => onChange(event.target.value)}
      rows={rows}
      style={{ display: 'block', marginTop: 4, width: '100%' }}
      value={value}
    />
  </label>
)

/** The form's action and, beside it, Cancel. */
export const ConfirmCancel = ({
  confirmLabel,
  confirmTestId,
  isDisabled,
  onCancel,
  onConfirm,
  title,
}: {
  confirmLabel: string
  confirmTestId: string
  isDisabled: boolean
  onCancel: () => void
  onConfirm: () => void
  /** Why the action is not possible yet, shown on hover. */
  title?: string
}) => (
  <>
    <button
      className={`${buttonClass} btn--style-primary`}
      data-testid={confirmTestId}
      disabled={isDisabled}
      onClick={onConfirm}
      style={{ margin: '0 8px 0 0' }}
      title={title}
      type="button"
    >
      {confirmLabel}
    </button>
    <button className={`${buttonClass} btn--style-secondary`} onClick={onCancel} style={{ margin: 0 }} type="button">
      Cancel
    </button>
  </>
)

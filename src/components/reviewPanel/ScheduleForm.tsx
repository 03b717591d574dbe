'use client'
// The moment a signed-off post should go live, chosen in the panel: a date and a time, read in the browser's own
// time zone and sent as an exact instant, so a typed date never becomes some other midnight.
import React, { useState } from 'react'

import { ConfirmCancel } from './formParts'

type Props = { isBusy: boolean; onCancel: () => void; onConfirm: (publishAt: string) => void }

/** Now, as a datetime-local input writes it in the browser's time zone: the earliest the picker offers. */
const localNow = () => {
  const now = new Date()
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
}

export const ScheduleForm = ({ isBusy, onCancel, onConfirm }: Props) => {
  const [value, setValue] = useState('')
  const moment = value ? new Date(value) : null
  const isValid = Boolean(moment && !Number.isNaN(moment.getTime()))
  return (
    <div data-testid="schedule-form" style={{ margin: '0 0 8px' }}>
      <label style={{ display: 'block', marginBottom: 4 }}>
        Publish on (your local time)
        <input
          autoFocus
          data-testid="schedule-input"
          min={localNow()}
          onChange={(event) => setValue(event.target.value)}
          style={{ display: 'block', marginTop: 4, width: '100%' }}
          type="datetime-local"
          value={value}
        />
      </label>
      <ConfirmCancel
        confirmLabel="Schedule"
        confirmTestId="schedule-confirm"
        isDisabled={isBusy || !isValid}
        onCancel={onCancel}
        onConfirm={() => moment && onConfirm(moment.toISOString())}
      />
    </div>
  )
}

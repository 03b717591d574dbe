// The admin's small icon (navigation and breadcrumbs): Vetted's mark instead of Payload's.
import React from 'react'

import { VettedMark } from './VettedMark'

export const Icon = () => (
  <span aria-label="Vetted" data-testid="vetted-icon" role="img" style={{ display: 'inline-flex' }}>
    <VettedMark size={26} />
  </span>
)

// The admin's logo (login and first-register pages): Vetted's mark and name instead of Payload's.
import React from 'react'

import { VettedMark } from './VettedMark'

export const Logo = () => (
  <span
    data-testid="vetted-logo"
    style={{ alignItems: 'center', display: 'inline-flex', fontSize: '2rem', fontWeight: 600, gap: '0.5rem' }}
  >
    <VettedMark size={40} />
    Vetted
  </span>
)

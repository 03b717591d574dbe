// Vetted's mark, drawn inline (no image request): a check inside a rounded shield, in the admin's text colour so it
// follows the light and dark themes.
import React from 'react'

export const VettedMark = ({ size }: { size: number }) => (
  <svg aria-hidden="true" fill="none" height={size} viewBox="0 0 32 32" width={size}>
    <path
      d="M16 2.5 27 6.5v8.2c0 7-4.6 12.4-11 14.8C9.6 27.1 5 21.7 5 14.7V6.5z"
      stroke="currentColor"
      strokeLinejoin="round"
      strokeWidth="2.2"
    />
    <path
      d="m10.5 15.8 3.8 3.8 7.4-8"
      stroke="currentColor"
      strokeLinecap="round"
      strokeLinejoin="round"
      strokeWidth="2.6"
    />
  </svg>
)

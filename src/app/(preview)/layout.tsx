/* The preview's own root layout: a plain page like a clinic site's, outside Payload's admin layout. */
import type { Metadata } from 'next'

import React from 'react'

export const metadata: Metadata = { robots: { follow: false, index: false }, title: 'Preview — Vetted' }

// A neutral article layout; a clinic's own site styles the same markup its own way.
const styles = `
body { margin: 0; font: 17px/1.6 system-ui, sans-serif; color: #1f2933; background: #fff; }
main { max-width: 48rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
.preview-mark { position: sticky; top: 0; margin: 0 -1.25rem 1rem; padding: .5rem 1.25rem; background: #fef3c7; border-bottom: 2px solid #d97706; font-size: .9rem; z-index: 1; }
.preview-mark strong { text-transform: uppercase; letter-spacing: .05em; }
.preview-notes { border: 1px solid #d97706; border-radius: 4px; padding: .5rem 1rem; margin-bottom: 1rem; font-size: .9rem; }
.preview-notes h2 { font-size: 1rem; margin: .25rem 0; }
.crisis-line { background: #e0f2f1; padding: .5rem 1rem; border-radius: 4px; margin-bottom: 1rem; }
.excerpt { font-size: 1.15rem; color: #52606d; }
.byline { font-size: .9rem; color: #52606d; }
img { max-width: 100%; height: auto; }
.claim { background: #f0fdf4; }
.medical-reviewer, .references { border-top: 1px solid #cbd2d9; margin-top: 2rem; font-size: .95rem; }
.disclaimer { border-top: 1px solid #cbd2d9; margin-top: 2rem; padding-top: 1rem; font-size: .85rem; color: #52606d; }
`

const Layout = ({ children }: { children: React.ReactNode }) => (
  <html lang="en">
    <head>
      <style>{styles}</style>
    </head>
    <body>{children}</body>
  </html>
)

export default Layout

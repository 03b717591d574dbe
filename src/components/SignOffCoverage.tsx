// The review panel's list of what a sign-off covers: everything the content hash is taken over, as a clinic site
// will show it, so the editor approves exactly what goes out and the marketer sees what would void it.
import type { UIFieldServerProps } from 'payload'

import React from 'react'

import type { Post } from '@/payload-types'

import { loadShownContent } from '@/workflow/loadShownContent'
import { namesById } from '@/workflow/namesById'
import { signOffCoverage } from '@/workflow/signOffCoverage'

export const SignOffCoverage = async ({ data, id, req }: UIFieldServerProps) => {
  if (!id) return null
  const post = data as Post
  const { shown } = await loadShownContent({ post, req })
  const sections = signOffCoverage({
    names: { topics: await namesById({ collection: 'topics', ids: shown.topics, req }) },
    shown,
  })
  return (
    <details data-testid="sign-off-coverage" style={{ marginBottom: 'var(--base)' }}>
      <summary>What a sign-off covers (a change to any of it voids the sign-off)</summary>
      {sections
        .filter((section) => section.items.length)
        .map((section) => (
          <div key={section.label} style={{ marginTop: 'calc(var(--base) / 2)' }}>
            <strong>{section.label}</strong>
            <ul style={{ margin: 0, paddingLeft: 'var(--base)' }}>
              {section.items.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
    </details>
  )
}

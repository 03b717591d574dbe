// The review panel's "what changed since the sign-off": each line of what the post shows that differs from the
// version the editor signed, word by word, citations and claims written out by their reference and wording.
import type { UIFieldServerProps } from 'payload'

import React from 'react'

import type { Post } from '@/payload-types'
import type { LineChange } from '@/workflow/diffShownLines'

import { loadSignedOffChanges } from '@/workflow/loadSignedOffChanges'

const added = { background: 'var(--theme-success-100)', textDecoration: 'none' }
const removed = { background: 'var(--theme-error-100)' }

const Change = ({ change }: { change: LineChange }) => (
  <li data-kind={change.kind} data-testid="signed-off-change" style={{ marginBottom: 6 }}>
    <strong>{change.label}</strong>
    {change.kind === 'changed' ? ': ' : change.kind === 'added' ? ' (added): ' : ' (removed): '}
    {change.kind === 'changed' ? (
      change.words.map((word, index) =>
        word.kind === 'added' ? (
          <ins key={index} style={added}>
            {word.text}
          </ins>
        ) : word.kind === 'removed' ? (
          <del key={index} style={removed}>
            {word.text}
          </del>
        ) : (
          <span key={index}>{word.text}</span>
        ),
      )
    ) : change.kind === 'added' ? (
      <ins style={added}>{change.text}</ins>
    ) : (
      <del style={removed}>{change.text}</del>
    )}
  </li>
)

export const SignedOffChanges = async ({ data, id, req }: UIFieldServerProps) => {
  if (!id) return null
  const diff = await loadSignedOffChanges({ post: { ...(data as Post), id: String(id) }, req })
  if (!diff) return null
  const when = new Date(diff.signedOffAt).toLocaleString('en-US', { dateStyle: 'medium', timeZone: 'UTC' })
  return (
    <details data-testid="signed-off-changes" open style={{ marginBottom: 'var(--base)' }}>
      <summary>
        Changed since {diff.signedOffBy ?? 'an editor'} signed it off ({when}): {diff.changes.length} line
        {diff.changes.length === 1 ? '' : 's'}
      </summary>
      <ul style={{ margin: '4px 0 0', paddingLeft: 'var(--base)' }}>
        {diff.changes.map((change, index) => (
          <Change change={change} key={index} />
        ))}
      </ul>
    </details>
  )
}

'use client'
// Each flagged sentence where the marketer writes: what it says, a button that finds it in the text, and the ways
// to resolve it. Editors (when the server allows them to waive) get a Waive button with a note.
import React, { useState } from 'react'

import type { FlagLine } from '@/workflow/flaggedSentences'

import type { RunAction } from './useWorkflowAction'

import { highlightSentence } from './highlightSentence'
import { NoteForm } from './NoteForm'

type Props = { canDiscuss: boolean; canWaive: boolean; flags: FlagLine[]; isBusy: boolean; run: RunAction }

const linkStyle = { margin: '0 8px 4px 0' }
const fixesStyle = { color: 'var(--theme-elevation-600)', fontSize: '0.9em' }

export const FlaggedSentences = ({ canDiscuss, canWaive, flags, isBusy, run }: Props) => {
  // The flag whose note is being written, and whether the note waives it or asks about it.
  const [noting, setNoting] = useState<null | { key: string; kind: 'comment' | 'waive' }>(null)
  const [missing, setMissing] = useState<null | string>(null)
  if (flags.length === 0) return null
  return (
    <div data-testid="flagged-sentences" style={{ margin: 'calc(var(--base) / 2) 0' }}>
      <p style={{ margin: 0 }}>
        {flags.length === 1 ? 'One sentence needs' : `${flags.length} sentences need`} support before publication:
      </p>
      <ol style={{ margin: 'calc(var(--base) / 2) 0', paddingLeft: 'var(--base)' }}>
        {flags.map((flag) => (
          <li data-testid={`flag-${flag.key}`} key={flag.key} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
            <p style={{ margin: '0 0 4px' }}>{flag.message}</p>
            <button
              className="btn btn--style-secondary btn--size-small"
              data-testid={`show-in-text-${flag.key}`}
              onClick={() => setMissing(highlightSentence(flag.sentence) ? null : flag.key)}
              style={linkStyle}
              type="button"
            >
              Show in text
            </button>
            {missing === flag.key && (
              <p role="status" style={{ margin: '0 0 4px' }}>
                The sentence is no longer in the text as written; save to scan it again.
              </p>
            )}
            <div style={fixesStyle}>
              To fix it:
              <ul style={{ margin: '2px 0 4px', paddingLeft: 'var(--base)' }}>
                <li>
                  <strong>cite a reference</strong>: put the cursor after the sentence, type / and choose Citation;
                </li>
                <li>
                  <strong>use a library claim</strong>: type / and choose Claim, or propose one from its drawer;
                </li>
                <li>
                  <strong>ask an editor to waive</strong> it, with a note saying why it may stand.
                </li>
              </ul>
            </div>
            {noting?.key === flag.key ? (
              <NoteForm
                confirmLabel={noting.kind === 'waive' ? 'Waive' : 'Add note'}
                isBusy={isBusy}
                onCancel={() => setNoting(null)}
                onConfirm={(note) =>
                  void run(noting.kind, { key: flag.key, note }).then((isDone) => isDone && setNoting(null))
                }
                question={
                  noting.kind === 'waive'
                    ? 'Why may this sentence stand without a citation?'
                    : 'What do you want to say about this sentence?'
                }
              />
            ) : (
              <>
                {canWaive && (
                  <button
                    className="btn btn--style-secondary btn--size-small"
                    data-testid={`action-waive-${flag.key}`}
                    disabled={isBusy}
                    onClick={() => setNoting({ key: flag.key, kind: 'waive' })}
                    style={linkStyle}
                    type="button"
                  >
                    Waive…
                  </button>
                )}
                {canDiscuss && (
                  <button
                    className="btn btn--style-secondary btn--size-small"
                    data-testid={`discuss-${flag.key}`}
                    disabled={isBusy}
                    onClick={() => setNoting({ key: flag.key, kind: 'comment' })}
                    style={linkStyle}
                    type="button"
                  >
                    Discuss…
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  )
}

// The post's conversation in its sidebar, under the review panel: every note an editor or marketer wrote about it,
// the sentence a note is about quoted above it, and a form to add one. What an editor asked for is repeated at the
// top while the post waits for those changes, so the marketer reads it first.
import type { UIFieldServerProps } from 'payload'

import React from 'react'

import type { Post } from '@/payload-types'
import type { ConversationEntry } from '@/workflow/postConversation'

import { loadConversation } from '@/workflow/postConversation'

import { reviewActions } from '../../../collections/ReviewEvents/options'
import { ReplyForm } from './ReplyForm'

const roleWords = { admin: 'admin', editor: 'medical editor', marketer: 'marketer' } as const

const actionWords = new Map<string, string>(reviewActions.map(({ label, value }) => [value, label]))

const whenWritten = (iso: string) =>
  new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC'

const byline = (entry: ConversationEntry) =>
  entry.author ? `${entry.author.name}${entry.author.role ? ` (${roleWords[entry.author.role]})` : ''}` : 'A colleague'

const Entry = ({ entry }: { entry: ConversationEntry }) => (
  <li data-action={entry.action} data-testid="thread-entry" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
    <div style={{ color: 'var(--theme-elevation-600)', fontSize: '0.85em' }}>
      <strong>{byline(entry)}</strong> · {actionWords.get(entry.action) ?? entry.action} ·{' '}
      {whenWritten(entry.writtenAt)}
    </div>
    {entry.sentence && (
      <blockquote
        data-testid="thread-sentence"
        style={{ borderLeft: '3px solid var(--theme-warning-500)', margin: '4px 0', paddingLeft: 8 }}
      >
        {entry.sentence}
      </blockquote>
    )}
    <p style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>{entry.note}</p>
  </li>
)

export const ReviewThread = async ({ data, id, req }: UIFieldServerProps) => {
  if (!id) return null
  const entries = await loadConversation({ id: String(id), req })
  const asked =
    (data as Post).workflowState === 'changes_requested'
      ? entries.findLast((entry) => entry.action === 'request_changes')
      : undefined
  return (
    <div data-testid="review-thread" style={{ marginBottom: 'var(--base)' }}>
      {asked && (
        <div
          data-testid="changes-asked"
          role="note"
          style={{ background: 'var(--theme-warning-100)', margin: '0 0 var(--base)', padding: 8 }}
        >
          <strong>{byline(asked)} asked for changes:</strong>
          {asked.sentence && <blockquote style={{ margin: '4px 0', paddingLeft: 8 }}>{asked.sentence}</blockquote>}
          <p style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{asked.note}</p>
          <p className="field-description" style={{ margin: '4px 0 0' }}>
            Make the changes, reply below if anything is unclear, then submit the post for review again.
          </p>
        </div>
      )}
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>Conversation</h4>
      {entries.length === 0 ? (
        <p className="field-description">No notes yet. Editors’ requests and sign-off notes appear here.</p>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {entries.map((entry) => (
            <Entry entry={entry} key={entry.id} />
          ))}
        </ol>
      )}
      <ReplyForm id={String(id)} />
    </div>
  )
}

// The sections of an inbox as tables: each item links straight to it, with its clinic, who submitted it, how long
// it has waited and, for posts, what still stands in the way. Shared by the dashboard and the review queue.
import React from 'react'

import type { Inbox, InboxItem, InboxSection } from '@/inbox/loadInbox'

const ageOf = (since: string, now: number) => {
  const hours = Math.max(0, Math.floor((now - new Date(since).getTime()) / 3_600_000))
  if (hours < 1) return 'under an hour'
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'}`
  return `${Math.floor(hours / 24)} days`
}

const standing = ({ blockers, flags }: InboxItem) => {
  if (flags === undefined) return null
  const parts = [
    flags ? `${flags} flagged sentence${flags === 1 ? '' : 's'}` : '',
    blockers ? `${blockers} other blocker${blockers === 1 ? '' : 's'}` : '',
  ].filter(Boolean)
  return parts.length ? parts.join(', ') : 'nothing'
}

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '6px 8px', textAlign: 'left' } as const

const Section = ({ now, section }: { now: number; section: InboxSection }) => {
  const isPosts = section.items.some((item) => item.flags !== undefined)
  return (
    <section data-testid={`inbox-${section.id}`} style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h3 style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {section.title} <span data-testid="inbox-count">({section.total})</span>
      </h3>
      {section.items.length === 0 ? (
        <p className="field-description">{section.empty}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{isPosts ? 'Post' : 'Item'}</th>
              {isPosts && <th style={cell}>Clinic</th>}
              {isPosts && <th style={cell}>Submitted by</th>}
              <th style={cell}>Waiting</th>
              <th style={cell}>{isPosts ? 'In the way' : 'Note'}</th>
            </tr>
          </thead>
          <tbody>
            {section.items.map((item) => (
              <tr data-testid="inbox-item" key={item.href}>
                <td style={cell}>
                  <a href={item.href}>{item.title}</a>
                  {isPosts && item.note && <div className="field-description">{item.note}</div>}
                </td>
                {isPosts && <td style={cell}>{item.clinic ?? '—'}</td>}
                {isPosts && <td style={cell}>{item.submitter ?? '—'}</td>}
                <td style={cell}>{ageOf(item.since, now)}</td>
                <td style={cell}>{isPosts ? standing(item) : (item.note ?? '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {section.total > section.items.length && (
        <p style={{ margin: '4px 0 0' }}>
          <a href={section.listHref}>All {section.total}</a>
        </p>
      )}
    </section>
  )
}

export const InboxSections = ({ inbox }: { inbox: Inbox }) => (
  <>
    {inbox.sections.map((section) => (
      <Section key={section.id} now={inbox.readAt} section={section} />
    ))}
  </>
)

// The words of each notification e-mail: the post, the clinic, what happened and a link to the post in the admin.
// Pure, so every kind's wording is tested without a mail server.
import escapeHtml from 'escape-html'

import type { NotificationKind } from './notificationKinds'

export type NotificationFacts = {
  clinicName: string
  kind: NotificationKind
  /** The editor's note (changes requested) or the alert's reason. */
  note?: null | string
  postTitle: string
  /** Who did it, when a person did. */
  byName?: null | string
  url: string
}

export type ComposedEmail = { html: string; subject: string; text: string }

const happened = ({ byName, kind }: NotificationFacts): { headline: string; subject: string } => {
  const by = byName ? ` by ${byName}` : ''
  switch (kind) {
    case 'assigned':
      return { headline: `This post was assigned to you for medical review${by}.`, subject: 'Assigned to you' }
    case 'changes_requested':
      return {
        headline: `A medical editor${byName ? `, ${byName},` : ''} asked for changes.`,
        subject: 'Changes requested',
      }
    case 'published':
      return { headline: `This post was published${by}: the clinic's site shows it now.`, subject: 'Published' }
    case 'review_alert':
      return { headline: 'This live post needs a medical editor to look at it again.', subject: 'Needs review' }
    case 'signed_off':
      return { headline: `This post was signed off${by} and can be published.`, subject: 'Signed off' }
  }
}

export const composeNotification = (facts: NotificationFacts): ComposedEmail => {
  const { headline, subject } = happened(facts)
  const note = facts.note?.trim()
  const noteLabel = facts.kind === 'review_alert' ? 'Why' : 'Note'
  const text = [
    `${facts.postTitle} (${facts.clinicName})`,
    '',
    headline,
    ...(note ? ['', `${noteLabel}: ${note}`] : []),
    '',
    `Open the post: ${facts.url}`,
  ].join('\n')
  const html = [
    `<p><strong>${escapeHtml(facts.postTitle)}</strong> (${escapeHtml(facts.clinicName)})</p>`,
    `<p>${escapeHtml(headline)}</p>`,
    note ? `<p>${noteLabel}:</p><blockquote style="white-space: pre-line">${escapeHtml(note)}</blockquote>` : '',
    `<p><a href="${escapeHtml(facts.url)}">Open the post</a></p>`,
  ].join('\n')
  return { html, subject: `${subject}: ${facts.postTitle} (${facts.clinicName})`, text }
}

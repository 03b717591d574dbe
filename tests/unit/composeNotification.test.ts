// The words of the notification e-mails: each names the post, the clinic, what happened and links to the post, and
// nothing a user typed reaches the HTML unescaped.
import { describe, expect, it } from 'vitest'

import { composeNotification } from '@/notifications/composeNotification'
import { notificationKinds } from '@/notifications/notificationKinds'

const facts = {
  byName: 'Dr Rivera',
  clinicName: 'Clinic A',
  postTitle: 'Ketamine & depression',
  url: 'https://vetted.example/admin/collections/posts/p1',
}

describe('notification e-mails', () => {
  it.each(notificationKinds)('a %s e-mail names the post and the clinic and links to the post', (kind) => {
    const email = composeNotification({ ...facts, kind })
    expect(email.subject).toContain('Ketamine & depression (Clinic A)')
    expect(email.text).toContain('Ketamine & depression (Clinic A)')
    expect(email.text).toContain(`Open the post: ${facts.url}`)
    expect(email.html).toContain(`<a href="${facts.url}">`)
  })

  it('says who asked for changes and carries the note', () => {
    const email = composeNotification({ ...facts, kind: 'changes_requested', note: 'Cite the 2023 trial.' })
    expect(email.subject).toBe('Changes requested: Ketamine & depression (Clinic A)')
    expect(email.text).toContain('A medical editor, Dr Rivera, asked for changes.')
    expect(email.text).toContain('Note: Cite the 2023 trial.')
  })

  it('gives an alert its reason, and names no person when the system raised it', () => {
    const email = composeNotification({ ...facts, byName: null, kind: 'review_alert', note: 'A study was retracted.' })
    expect(email.text).toContain('Why: A study was retracted.')
    expect(email.text).not.toContain('Dr Rivera')
  })

  it('escapes what people typed in the HTML part', () => {
    const email = composeNotification({ ...facts, kind: 'changes_requested', note: '<script>alert(1)</script>' })
    expect(email.html).not.toContain('<script>')
    expect(email.html).toContain('&lt;script&gt;')
    expect(email.html).toContain('Ketamine &amp; depression')
  })
})

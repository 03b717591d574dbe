// The top of the admin dashboard: what waits for the signed-in user, with counts, before Payload's collection cards.
import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'
import React from 'react'

import { hasAnyRole } from '@/access/roles'
import { loadInbox } from '@/inbox/loadInbox'

import { InboxSections } from './InboxSections'

export const Inbox = async ({ payload, user }: ServerProps) => {
  if (!user || !hasAnyRole(user)) return null
  const req = await createLocalReq({ user }, payload)
  const inbox = await loadInbox(req)
  if (!inbox.sections.length) return null
  return (
    <div data-testid="inbox" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 style={{ margin: '0 0 var(--base)' }}>Waiting for you</h2>
      <InboxSections inbox={inbox} />
    </div>
  )
}

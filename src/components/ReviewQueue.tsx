// The editors' review queue (/admin/review-queue): everything that waits for a medical editor, in one place.
import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { isEditorOrAdmin } from '@/access/roles'
import { loadInbox } from '@/inbox/loadInbox'

import { InboxSections } from './inbox/InboxSections'

export const ReviewQueue = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const { payload, user } = req
  if (!isEditorOrAdmin(user)) redirect('/admin')
  // The editors' inbox in full, as the dashboard shows it: one loader decides what waits for them.
  const inbox = await loadInbox(req)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1 style={{ marginTop: 'var(--base)' }}>Review queue</h1>
        <InboxSections inbox={inbox} />
      </Gutter>
    </DefaultTemplate>
  )
}

// The editors' review queue (/admin/review-queue): everything that waits for a medical editor, in one place.
import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { isEditorOrAdmin } from '@/access/roles'
import { idOf } from '@/utilities/idOf'

type Row = { href: string; label: string; note?: null | string }

const assignmentRank = (assignee: unknown, me: unknown): number =>
  !assignee ? 1 : idOf(assignee) === String(me) ? 0 : 2

const assignmentNote = (assignee: unknown, me: unknown): string | undefined =>
  !assignee ? undefined : idOf(assignee) === String(me) ? 'assigned to you' : 'assigned to another editor'

const Section = ({ empty, rows, testId, title }: { empty: string; rows: Row[]; testId: string; title: string }) => (
  <section data-testid={testId} style={{ marginBottom: 'calc(var(--base) * 2)' }}>
    <h2>
      {title} ({rows.length})
    </h2>
    {rows.length === 0 ? (
      <p>{empty}</p>
    ) : (
      <ul>
        {rows.map((row) => (
          <li key={row.href}>
            <a href={row.href}>{row.label}</a>
            {row.note ? <span> — {row.note}</span> : null}
          </li>
        ))}
      </ul>
    )}
  </section>
)

export const ReviewQueue = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const { payload, user } = req
  if (!isEditorOrAdmin(user)) redirect('/admin')
  // As the editor: the queue shows exactly what this user may act on.
  const as = { depth: 0, limit: 100, overrideAccess: false, pagination: false, req, user } as const
  const [posts, claims, references, alerts] = await Promise.all([
    payload.find({
      ...as,
      collection: 'posts',
      draft: true,
      sort: 'updatedAt',
      where: { workflowState: { equals: 'in_review' } },
    }),
    payload.find({
      ...as,
      collection: 'claims',
      sort: 'createdAt',
      where: { status: { in: ['pending', 'needs_rereview'] } },
    }),
    payload.find({
      ...as,
      collection: 'references',
      sort: 'createdAt',
      where: { vettingStatus: { equals: 'unvetted' } },
    }),
    payload.find({ ...as, collection: 'review-alerts', sort: 'createdAt', where: { resolvedAt: { exists: false } } }),
  ])
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
        <Section
          empty="No post waits for review."
          rows={[...posts.docs]
            // What was given to this editor first, then the pool, then what colleagues took.
            .sort((a, b) => assignmentRank(a.assignedEditor, user?.id) - assignmentRank(b.assignedEditor, user?.id))
            .map((post) => ({
              href: `/admin/collections/posts/${post.id}`,
              label: post.title,
              note:
                [
                  assignmentNote(post.assignedEditor, user?.id),
                  post.importSource?.file
                    ? `imported from ${post.importSource.file}: check every flagged sentence`
                    : undefined,
                ]
                  .filter(Boolean)
                  .join('; ') || undefined,
            }))}
          testId="queue-posts"
          title="Posts in review"
        />
        <Section
          empty="No published post needs attention."
          rows={alerts.docs.map((alert) => ({
            href: `/admin/collections/review-alerts/${alert.id}`,
            label: alert.reason,
          }))}
          testId="queue-alerts"
          title="Published posts that need attention"
        />
        <Section
          empty="No claim waits for review."
          rows={claims.docs.map((claim) => ({
            href: `/admin/collections/claims/${claim.id}`,
            label: claim.statement,
            note: claim.status === 'needs_rereview' ? 'needs re-review' : 'pending',
          }))}
          testId="queue-claims"
          title="Claims to review"
        />
        <Section
          empty="Every reference is vetted."
          rows={references.docs.map((reference) => ({
            href: `/admin/collections/references/${reference.id}`,
            label: reference.title,
            note: reference.vettingNote,
          }))}
          testId="queue-references"
          title="References to vet"
        />
      </Gutter>
    </DefaultTemplate>
  )
}

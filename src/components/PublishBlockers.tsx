// The post sidebar's review panel: what stands between this post and publication, and the review actions the
// signed-in user may take. The blockers come from the publishBlockersFor the publish gate runs, and the actions from
// the transitions table the server actions guard with, so the panel offers exactly what the server allows.
import type { UIFieldServerProps } from 'payload'

import React from 'react'

import type { Post } from '@/payload-types'

import { isMedicalEditor } from '@/access/roles'
import { siteAddressesOf } from '@/delivery/siteAddresses'
import { idOf } from '@/utilities/idOf'
import { allowedActions } from '@/workflow/allowedActions'
import { blockersAgainst } from '@/workflow/blockersAgainst'
import { flaggedSentencesOf } from '@/workflow/flaggedSentences'
import { loadShownContent } from '@/workflow/loadShownContent'
import { publishBlockersFor } from '@/workflow/publishGate'
import { signOffChecklist } from '@/workflow/signOffChecklist'
import { transitions } from '@/workflow/transitions'

import type { Assignment } from './reviewPanel/AssignEditor'
import type { OfferedAction } from './WorkflowActions'

import { PostLinks } from './reviewPanel/PostLinks'
import { WorkflowActions } from './WorkflowActions'

/** The editors one may give the post to, read as the user (editors and admins see every account). */
const assignmentOf = async ({ post, req }: { post: Post; req: UIFieldServerProps['req'] }): Promise<Assignment> => {
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    select: { name: true },
    sort: 'name',
    user: req.user,
    where: { roles: { in: ['editor'] } },
  })
  return {
    assignedTo: post.assignedEditor ? idOf(post.assignedEditor) : null,
    editors: docs.map((editor) => ({ id: String(editor.id), name: editor.name })),
    me: isMedicalEditor(req.user) && req.user ? String(req.user.id) : null,
  }
}

const stateLabels: Record<string, string> = {
  approved: 'Signed off, ready to publish',
  changes_requested: 'Changes requested',
  draft: 'Draft',
  in_review: 'In review',
  published: 'Published',
}

export const PublishBlockers = async ({ data, id, req }: UIFieldServerProps) => {
  if (!id) return <p className="field-description">Save the post to see what it needs before it can be published.</p>
  const post = data as Post
  // The form holds the latest version (a draft if one was saved over the live post); unpublishing asks whether a
  // version is live, so read that as the server action does, and the live page's address is the live version's.
  const loaded = await loadShownContent({ post, req })
  const [blockers, live] = await Promise.all([
    publishBlockersFor({ loaded, post, req }),
    req.payload.findByID({
      collection: 'posts',
      depth: 0,
      disableErrors: true,
      draft: false,
      id,
      overrideAccess: false,
      req,
      select: { _status: true, clinic: true, seo: { canonicalUrl: true }, slug: true },
      user: req.user,
    }),
  ])
  const isLive = live?._status === 'published'
  const clinic =
    isLive && live.clinic
      ? await req.payload.findByID({
          collection: 'clinics',
          depth: 0,
          disableErrors: true,
          id: idOf(live.clinic),
          overrideAccess: false,
          req,
          select: { domains: true, sitePaths: true },
          user: req.user,
        })
      : null
  const liveUrl =
    isLive && clinic ? siteAddressesOf(clinic).article({ canonicalUrl: live.seo?.canonicalUrl, slug: live.slug }) : null
  const state = post.workflowState ?? 'draft'
  const actions: OfferedAction[] = allowedActions({
    post: { ...post, isLive },
    user: req.user,
  }).map((action) => ({
    action,
    isBlocked: blockersAgainst({ action, blockers }).length > 0,
    needsNote: Boolean(transitions[action].needsNote),
  }))
  const assignment = actions.some(({ action }) => action === 'assign') ? await assignmentOf({ post, req }) : null
  const checklist = actions.some(({ action }) => action === 'sign-off')
    ? signOffChecklist({ ...loaded, waivers: post.waivers ?? [] })
    : []
  const flags = flaggedSentencesOf({ blockers, shown: loaded.shown })
  const others = blockers.filter((blocker) => blocker.code !== 'unresolved-flag')
  return (
    <div className="vetted-review-panel" data-testid="publish-blockers" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>Medical review: {stateLabels[state] ?? state}</h4>
      {blockers.length === 0 ? (
        <p data-testid="no-blockers">Nothing blocks publication.</p>
      ) : (
        others.length > 0 && (
          <>
            <p style={{ margin: 0 }}>Before this post can be published:</p>
            <ul data-testid="blocker-list" style={{ margin: 'calc(var(--base) / 2) 0', paddingLeft: 'var(--base)' }}>
              {others.map((blocker, index) => (
                <li key={`${blocker.code}-${index}`}>{blocker.message}</li>
              ))}
            </ul>
          </>
        )
      )}
      <PostLinks id={String(id)} isLive={isLive} liveUrl={liveUrl} />
      <WorkflowActions
        actions={actions}
        assignment={assignment}
        checklist={checklist}
        flags={flags}
        id={String(id)}
        scheduledAt={post.scheduledPublishAt}
      />
    </div>
  )
}

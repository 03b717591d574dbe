// The post sidebar's review panel: what stands between this post and publication, and the review actions the
// signed-in user may take. Computed by the same publishBlockersFor the publish gate runs.
import type { UIFieldServerProps } from 'payload'

import React from 'react'

import type { Post } from '../payload-types'

import { isEditorOrAdmin, isMarketer, isMedicalEditor } from '../access/roles'
import { publishBlockersFor } from '../workflow/publishGate'
import { WorkflowActions } from './WorkflowActions'

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
  const blockers = await publishBlockersFor({ post, req })
  const state = post.workflowState ?? 'draft'
  return (
    <div className="vetted-review-panel" data-testid="publish-blockers" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>Medical review: {stateLabels[state] ?? state}</h4>
      {blockers.length === 0 ? (
        <p data-testid="no-blockers">Nothing blocks publication.</p>
      ) : (
        <>
          <p style={{ margin: 0 }}>Before this post can be published:</p>
          <ul data-testid="blocker-list" style={{ margin: 'calc(var(--base) / 2) 0', paddingLeft: 'var(--base)' }}>
            {blockers.map((blocker, index) => (
              <li key={`${blocker.code}-${index}`}>{blocker.message}</li>
            ))}
          </ul>
        </>
      )}
      <WorkflowActions
        canReview={isMedicalEditor(req.user)}
        canWrite={isMarketer(req.user) || isEditorOrAdmin(req.user)}
        flags={blockers.flatMap((blocker) => (blocker.key ? [{ key: blocker.key, message: blocker.message }] : []))}
        id={String(id)}
        isPublished={post._status === 'published'}
        state={state}
      />
    </div>
  )
}

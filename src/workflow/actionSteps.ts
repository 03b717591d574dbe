// The steps every review action takes, shared by the actions in postActions and scheduleActions: check the
// transitions table, load the post as the acting user sees it, and write it with reviewToken (the only way a write
// may change a post's review fields).
import type { PayloadRequest } from 'payload'

import { APIError, Forbidden } from 'payload'

import type { Post } from '@/payload-types'

import { reviewToken } from '@/requestContext'

import type { WorkflowAction } from './transitions'

import { postNamed } from './refusalMessage'
import { refusalOf } from './refusalOf'

/** What a workflow write records as its action: the audit log's name for each step. */
export type ReviewAction =
  | 'assign'
  | 'comment'
  | 'publish'
  | 'request_changes'
  | 'schedule'
  | 'sign_off'
  | 'submit'
  | 'unpublish'
  | 'unschedule'
  | 'waive'

/** The flagged sentence a note is about: its scanner key and its words when the note was written. */
export type NotedSentence = { key: string; text: string }

export type ActionArgs = {
  /** sign-off: the keys of the cited figures the editor checked against their sources (figuresToVerify). */
  checked?: string[]
  /** assign: the medical editor to give the post to; null or absent gives it back to the pool. */
  editor?: null | string
  id: string
  key?: string
  note?: string
  /** When to publish (an ISO 8601 date-time), for schedule. */
  publishAt?: string
  req: PayloadRequest
}

const stateWords: Record<string, string> = {
  approved: 'signed off and waiting to be published',
  changes_requested: 'waiting for the changes an editor asked for',
  draft: 'a draft',
  in_review: 'in review',
  published: 'published',
}

const conflict = (post: Post, action: string) =>
  new APIError(
    `${postNamed(post.title)} is ${stateWords[post.workflowState ?? 'draft']}, so it cannot be ${action}.`,
    409,
    undefined,
    true,
  )

export const requireNote = (note: string | undefined, why: string): string => {
  if (!note?.trim()) throw new APIError(`A note is required: ${why}`, 400, { field: 'note' }, true)
  return note.trim()
}

/**
 * Throws what the transitions table refuses, as the error each refusal has always been: 403 for who may act, 409
 * for the state. Without a post it checks only the role, which is answerable before the post is loaded.
 */
export const assertAllowed = ({
  action,
  isLive,
  post,
  req,
  words = 'changed',
}: {
  action: WorkflowAction
  /** Exact only where it matters: unpublish passes the live version; the other actions read the state. */
  isLive?: boolean
  post?: Post
  req: PayloadRequest
  words?: string
}): void => {
  const facts = post && { ...post, isLive: isLive ?? post._status === 'published' }
  const refusal = refusalOf({ action, post: facts, user: req.user })
  if (!refusal) return
  if (refusal === 'state' && post) throw conflict(post, words)
  if (refusal === 'own-text')
    throw new APIError(
      'You worked on this post’s text, so another medical editor must sign it off.',
      403,
      undefined,
      true,
    )
  throw new Forbidden(req.t)
}

/** The latest version of the post (a draft if there is one), as the acting user may see it. */
export const loadPost = (req: PayloadRequest, id: string): Promise<Post> =>
  req.payload.findByID({ collection: 'posts', depth: 0, draft: true, id, overrideAccess: false, req, user: req.user })

export const write = (
  req: PayloadRequest,
  {
    action,
    data,
    id,
    isPublishing = false,
    note,
    sentence,
  }: {
    action: ReviewAction
    data: Partial<Post>
    id: string
    isPublishing?: boolean
    note?: string
    sentence?: NotedSentence
  },
) =>
  req.payload.update({
    collection: 'posts',
    context: { [reviewToken]: { action, note, sentence } },
    data,
    depth: 0,
    draft: !isPublishing,
    id,
    overrideAccess: false,
    req,
    user: req.user,
  })

// The medical review workflow, the one place that moves a post between states:
// draft → in review → (changes requested → in review)* → approved (signed off) → published.
// Every action acts as the requesting user (overrideAccess: false), so clinic boundaries hold, and marks its
// write with reviewToken, the only way a write may change a post's review fields.
import type { PayloadRequest } from 'payload'

import { APIError, Forbidden, ValidationError } from 'payload'

import type { Post } from '@/payload-types'

import { reviewToken } from '@/requestContext'

import type { WorkflowAction } from './transitions'

import { assigneeProblem } from './assigneeProblem'
import { blockersAgainst } from './blockersAgainst'
import { contentHash } from './contentHash'
import { loadShownContent } from './loadShownContent'
import { publishBlockersFor } from './publishGate'
import { refusalOf } from './refusalOf'
import { scanShownContent } from './scanShownContent'
import { verifiedCredentialsOf } from './verifiedCredentialsOf'

/** What a workflow write records as its action: the audit log's name for each step. */
export type ReviewAction = 'assign' | 'publish' | 'request_changes' | 'sign_off' | 'submit' | 'unpublish' | 'waive'

export type ActionArgs = {
  /** assign: the medical editor to give the post to; null or absent gives it back to the pool. */
  editor?: null | string
  id: string
  key?: string
  note?: string
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
    `This post is ${stateWords[post.workflowState ?? 'draft']}, so it cannot be ${action}.`,
    409,
    undefined,
    true,
  )

const requireNote = (note: string | undefined, why: string): string => {
  if (!note?.trim()) throw new APIError(`A note is required: ${why}`, 400, { field: 'note' }, true)
  return note.trim()
}

/**
 * Throws what the transitions table refuses, as the error each refusal has always been: 403 for who may act, 409
 * for the state. Without a post it checks only the role, which is answerable before the post is loaded.
 */
const assertAllowed = ({
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
const loadPost = (req: PayloadRequest, id: string): Promise<Post> =>
  req.payload.findByID({ collection: 'posts', depth: 0, draft: true, id, overrideAccess: false, req, user: req.user })

const write = (
  req: PayloadRequest,
  {
    action,
    data,
    id,
    isPublishing = false,
    note,
  }: { action: ReviewAction; data: Partial<Post>; id: string; isPublishing?: boolean; note?: string },
) =>
  req.payload.update({
    collection: 'posts',
    context: { [reviewToken]: { action, note } },
    data,
    depth: 0,
    draft: !isPublishing,
    id,
    overrideAccess: false,
    req,
    user: req.user,
  })

export const submitForReview = async ({ id, note, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'submit', req })
  const post = await loadPost(req, id)
  assertAllowed({ action: 'submit', post, req, words: 'submitted for review' })
  return write(req, { action: 'submit', data: { workflowState: 'in_review' }, id, note: note?.trim() || undefined })
}

export const assignPost = async ({ editor, id, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'assign', req })
  const post = await loadPost(req, id)
  assertAllowed({ action: 'assign', post, req, words: 'assigned' })
  // Asked here because Payload does not validate draft writes, which this one is.
  const problem = editor ? await assigneeProblem({ id: editor, req }) : null
  if (problem)
    throw new ValidationError({ collection: 'posts', errors: [{ message: problem, path: 'assignedEditor' }] })
  const assignee = editor
    ? await req.payload.findByID({ collection: 'users', depth: 0, id: editor, overrideAccess: true, req })
    : null
  const note = assignee ? `Assigned to ${assignee.name}.` : 'Given back to the editors’ pool.'
  return write(req, { action: 'assign', data: { assignedEditor: editor ?? null }, id, note })
}

export const requestChanges = async ({ id, note, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'request-changes', req })
  const reason = requireNote(note, 'tell the author what to change.')
  const post = await loadPost(req, id)
  assertAllowed({ action: 'request-changes', post, req, words: 'sent back for changes' })
  return write(req, { action: 'request_changes', data: { workflowState: 'changes_requested' }, id, note: reason })
}

export const signOffPost = async ({ id, note, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'sign-off', req })
  if (!req.user) throw new Forbidden(req.t)
  const post = await loadPost(req, id)
  assertAllowed({ action: 'sign-off', post, req, words: 'signed off' })
  const loaded = await loadShownContent({ post, req })
  const blockers = blockersAgainst({ action: 'sign-off', blockers: await publishBlockersFor({ loaded, post, req }) })
  if (blockers.length) {
    throw new APIError(
      `The post cannot be signed off yet:\n${blockers.map((blocker) => `• ${blocker.message}`).join('\n')}`,
      409,
      { blockers },
      true,
    )
  }
  const now = new Date()
  return write(req, {
    action: 'sign_off',
    data: {
      lastReviewedAt: now.toISOString(),
      nextReviewDue: new Date(now.getTime() + 365 * 86_400_000).toISOString(),
      signOff: {
        contentHash: contentHash(loaded.shown),
        credentials: await verifiedCredentialsOf({ id: String(req.user.id), req }),
        note: note?.trim() || null,
        signedOffAt: now.toISOString(),
        signedOffBy: req.user.id,
      },
      workflowState: 'approved',
    },
    id,
    note,
  })
}

export const publishPost = async ({ id, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'publish', req })
  const post = await loadPost(req, id)
  assertAllowed({ action: 'publish', post, req, words: 'published; it must be signed off first' })
  // The publish gate (a beforeChange hook) checks the sign-off, claims, citations and flags on this write too.
  return write(req, {
    action: 'publish',
    data: { _status: 'published', workflowState: 'published' },
    id,
    isPublishing: true,
  })
}

export const unpublishPost = async ({ id, note, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'unpublish', req })
  // The latest version may be a draft saved over the live one; what counts is whether a version is live.
  const live = await req.payload.findByID({
    collection: 'posts',
    depth: 0,
    draft: false,
    id,
    overrideAccess: false,
    req,
    user: req.user,
  })
  assertAllowed({ action: 'unpublish', isLive: live._status === 'published', post: live, req, words: 'unpublished' })
  return write(req, {
    action: 'unpublish',
    data: { _status: 'draft', workflowState: 'approved' },
    id,
    isPublishing: true,
    note,
  })
}

export const waiveFlag = async ({ id, key, note, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'waive', req })
  if (!req.user) throw new Forbidden(req.t)
  const reason = requireNote(note, 'say why the sentence may stand without a citation.')
  const post = await loadPost(req, id)
  assertAllowed({ action: 'waive', post, req })
  const { shown } = await loadShownContent({ post, req })
  const flag = scanShownContent(shown).find((candidate) => candidate.key === key)
  if (!flag)
    throw new APIError(
      'No flagged sentence with that key is in the current text of the post.',
      404,
      { field: 'key' },
      true,
    )
  const waivers = [
    ...(post.waivers ?? []).filter((waiver) => waiver.key !== key),
    { key: flag.key, note: reason, sentence: flag.sentence, waivedAt: new Date().toISOString(), waivedBy: req.user.id },
  ]
  return write(req, { action: 'waive', data: { waivers }, id, note: reason })
}

export const postActions = {
  assign: assignPost,
  publish: publishPost,
  'request-changes': requestChanges,
  'sign-off': signOffPost,
  submit: submitForReview,
  unpublish: unpublishPost,
  waive: waiveFlag,
} as const

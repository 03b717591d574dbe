// The medical review workflow, the one place that moves a post between states:
// draft → in review → (changes requested → in review)* → approved (signed off) → published.
// Every action acts as the requesting user (overrideAccess: false), so clinic boundaries hold, and marks its
// write with reviewToken, the only way a write may change a post's review fields.
import type { PayloadRequest } from 'payload'

import { APIError, Forbidden } from 'payload'

import type { Post } from '@/payload-types'

import { reviewToken } from '@/requestContext'
import { idOf } from '@/utilities/idOf'

import type { WorkflowAction } from './transitions'

import { blockersAgainst } from './blockersAgainst'
import { contentHash } from './contentHash'
import { loadShownContent } from './loadShownContent'
import { publishBlockersFor } from './publishGate'
import { recordReviewEvent } from './recordReviewEvent'
import { refusalOf } from './refusalOf'
import { scanShownContent } from './scanShownContent'
import { verifiedCredentialsOf } from './verifiedCredentialsOf'

/** What a workflow write records as its action: the audit log's name for each step. */
export type ReviewAction = 'comment' | 'publish' | 'request_changes' | 'sign_off' | 'submit' | 'unpublish' | 'waive'

/** The flagged sentence a note is about: its scanner key and its words when the note was written. */
export type NotedSentence = { key: string; text: string }

export type ActionArgs = { id: string; key?: string; note?: string; req: PayloadRequest }

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

/** The flagged sentence `key` names in what the post shows now; a key that names none is the caller's mistake. */
const flagOf = async ({ key, post, req }: { key: string; post: Post; req: PayloadRequest }) => {
  const { shown } = await loadShownContent({ post, req })
  const flag = scanShownContent(shown).find((candidate) => candidate.key === key)
  if (!flag)
    throw new APIError(
      'No flagged sentence with that key is in the current text of the post.',
      404,
      { field: 'key' },
      true,
    )
  return flag
}

/** The sentence a note is anchored to, when the caller names one. */
const notedSentence = async ({ key, post, req }: { key?: string; post: Post; req: PayloadRequest }) => {
  if (!key) return undefined
  const flag = await flagOf({ key, post, req })
  return { key: flag.key, text: flag.sentence }
}

const write = (
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

export const submitForReview = async ({ id, note, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'submit', req })
  const post = await loadPost(req, id)
  assertAllowed({ action: 'submit', post, req, words: 'submitted for review' })
  return write(req, { action: 'submit', data: { workflowState: 'in_review' }, id, note: note?.trim() || undefined })
}

export const requestChanges = async ({ id, key, note, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'request-changes', req })
  const reason = requireNote(note, 'tell the author what to change.')
  const post = await loadPost(req, id)
  assertAllowed({ action: 'request-changes', post, req, words: 'sent back for changes' })
  return write(req, {
    action: 'request_changes',
    data: { workflowState: 'changes_requested' },
    id,
    note: reason,
    sentence: await notedSentence({ key, post, req }),
  })
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
  const flag = await flagOf({ key: key ?? '', post, req })
  const waivers = [
    ...(post.waivers ?? []).filter((waiver) => waiver.key !== key),
    { key: flag.key, note: reason, sentence: flag.sentence, waivedAt: new Date().toISOString(), waivedBy: req.user.id },
  ]
  return write(req, {
    action: 'waive',
    data: { waivers },
    id,
    note: reason,
    sentence: { key: flag.key, text: flag.sentence },
  })
}

/**
 * A note on the post's conversation: a marketer's reply, an editor's question, about the post or one flagged
 * sentence. It changes nothing on the post, so it is only recorded, in the post's history where the other notes are.
 */
export const commentOnPost = async ({ id, key, note, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'comment', req })
  const text = requireNote(note, 'write what you want to say.')
  const post = await loadPost(req, id)
  assertAllowed({ action: 'comment', post, req, words: 'discussed' })
  const sentence = await notedSentence({ key, post, req })
  await recordReviewEvent({
    action: 'comment',
    clinic: post.clinic ? idOf(post.clinic) : null,
    document: { collection: 'posts', id: String(post.id), title: post.title },
    note: text,
    req,
    sentence,
  })
  return post
}

export const postActions = {
  comment: commentOnPost,
  publish: publishPost,
  'request-changes': requestChanges,
  'sign-off': signOffPost,
  submit: submitForReview,
  unpublish: unpublishPost,
  waive: waiveFlag,
} as const

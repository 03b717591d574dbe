// The medical review workflow, the one place that moves a post between states:
// draft → in review → (changes requested → in review)* → approved (signed off) → published.
// Every action acts as the requesting user (overrideAccess: false), so clinic boundaries hold, and marks its
// write with reviewToken (actionSteps), the only way a write may change a post's review fields.
import { APIError, Forbidden } from 'payload'

import type { Post } from '@/payload-types'

import type { ActionArgs } from './actionSteps'
import type { WorkflowAction } from './transitions'

import { assertAllowed, loadPost, requireNote, write } from './actionSteps'
import { assignPost } from './assignActions'
import { blockersAgainst } from './blockersAgainst'
import { contentHash } from './contentHash'
import { commentOnPost, flagOf, notedSentence } from './conversationActions'
import { checkedLine, figuresToVerify, toVerifyMessage } from './figuresToVerify'
import { loadShownContent } from './loadShownContent'
import { publishBlockersFor } from './publishGate'
import { blockedMessage } from './refusalMessage'
import { schedulePost, unschedulePost } from './scheduleActions'
import { verifiedCredentialsOf } from './verifiedCredentialsOf'

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

export const signOffPost = async ({ checked = [], id, note, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'sign-off', req })
  if (!req.user) throw new Forbidden(req.t)
  const post = await loadPost(req, id)
  assertAllowed({ action: 'sign-off', post, req, words: 'signed off' })
  const loaded = await loadShownContent({ post, req })
  const blockers = blockersAgainst({ action: 'sign-off', blockers: await publishBlockersFor({ loaded, post, req }) })
  if (blockers.length) {
    throw new APIError(blockedMessage({ blockers, title: post.title, what: 'signed off' }), 409, { blockers }, true)
  }
  const figures = figuresToVerify(loaded.shown)
  const unchecked = figures.filter((figure) => !checked.includes(figure.key))
  if (unchecked.length) {
    const blockers = unchecked.map((figure) => ({ message: toVerifyMessage(figure, loaded.library) }))
    throw new APIError(
      blockedMessage({ blockers, title: post.title, what: 'signed off' }),
      409,
      { toVerify: unchecked.map(({ key }) => key) },
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
    // The audit trail and the conversation keep which figures the editor checked against their sources.
    note: [note?.trim(), checkedLine(figures)].filter(Boolean).join('\n\n') || undefined,
  })
}

export const publishPost = async ({ id, note, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'publish', req })
  const post = await loadPost(req, id)
  assertAllowed({ action: 'publish', post, req, words: 'published; it must be signed off first' })
  // The publish gate (a beforeChange hook) checks the sign-off, claims, citations and flags on this write too.
  // Published now, the post has no schedule left: a job still queued for it finds that and does nothing.
  return write(req, {
    action: 'publish',
    data: { _status: 'published', scheduledBy: null, scheduledPublishAt: null, workflowState: 'published' },
    id,
    isPublishing: true,
    note: note?.trim() || undefined,
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

export const postActions = {
  assign: assignPost,
  comment: commentOnPost,
  publish: publishPost,
  'request-changes': requestChanges,
  schedule: schedulePost,
  'sign-off': signOffPost,
  submit: submitForReview,
  unpublish: unpublishPost,
  unschedule: unschedulePost,
  waive: waiveFlag,
} satisfies Record<WorkflowAction, unknown>

// The conversation's side of the workflow: notes about a post or one of its flagged sentences. A note moves
// nothing, so `comment` only records it, in the post's review history where the other notes are.
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Post } from '@/payload-types'

import { idOf } from '@/utilities/idOf'

import type { ActionArgs, NotedSentence } from './actionSteps'

import { assertAllowed, loadPost, requireNote } from './actionSteps'
import { loadShownContent } from './loadShownContent'
import { recordReviewEvent } from './recordReviewEvent'
import { scanShownContent } from './scanShownContent'

/** The flagged sentence `key` names in what the post shows now; a key that names none is the caller's mistake. */
export const flagOf = async ({ key, post, req }: { key: string; post: Post; req: PayloadRequest }) => {
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
export const notedSentence = async ({
  key,
  post,
  req,
}: {
  key?: string
  post: Post
  req: PayloadRequest
}): Promise<NotedSentence | undefined> => {
  if (!key) return undefined
  const flag = await flagOf({ key, post, req })
  return { key: flag.key, text: flag.sentence }
}

/** A marketer's reply or an editor's question, about the post or one flagged sentence (`key`). */
export const commentOnPost = async ({ id, key, note, req }: ActionArgs): Promise<Post> => {
  assertAllowed({ action: 'comment', req })
  const text = requireNote(note, 'write what you want to say.')
  const post = await loadPost(req, id)
  assertAllowed({ action: 'comment', post, req, words: 'discussed' })
  await recordReviewEvent({
    action: 'comment',
    clinic: post.clinic ? idOf(post.clinic) : null,
    document: { collection: 'posts', id: String(post.id), title: post.title },
    note: text,
    req,
    sentence: await notedSentence({ key, post, req }),
  })
  return post
}

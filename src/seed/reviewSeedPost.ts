// Takes a seeded draft through the same workflow people use, up to the state the demo content asks for.
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { SeedPost } from './data/content'

import { seedContext } from '../hooks/seedContext'
import { publishPost, requestChanges, signOffPost, submitForReview } from '../workflow/postActions'

export type SeedActor = { id: string } & Record<string, unknown>

const as = (payload: Payload, user: SeedActor) =>
  createLocalReq({ context: seedContext(), user: { ...user, collection: 'users' } as never }, payload)

export const reviewSeedPost = async ({
  editor,
  id,
  payload,
  state,
  writer,
}: {
  editor: SeedActor
  id: string
  payload: Payload
  state: SeedPost['state']
  writer: SeedActor
}) => {
  if (state === 'draft') return
  await submitForReview({ id, req: await as(payload, writer) })
  if (state === 'in_review') return
  if (state === 'changes_requested') {
    await requestChanges({
      id,
      note: 'Please cite a source for the efficacy and research sentences, or reword them.',
      req: await as(payload, editor),
    })
    return
  }
  await signOffPost({ id, note: 'Claims and citations checked.', req: await as(payload, editor) })
  if (state === 'published') await publishPost({ id, req: await as(payload, writer) })
}

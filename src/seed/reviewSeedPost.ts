// Takes a seeded draft through the same workflow people use, up to the state the demo content asks for.
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { SeedPost } from './data/content'

import { seedContext } from '../hooks/seedContext'
import { publishPost, requestChanges, signOffPost, submitForReview, waiveFlag } from '../workflow/postActions'
import { publishBlockersFor } from '../workflow/publishGate'

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
  // Scanner v2 flags plain patient information (what a visit is like, how long an infusion runs) that the demo
  // content states without a citation, in the body, excerpt and search description; the demo editor reads and waives those, as an editor would, so the cited
  // claims still go through the gate and every waiver is on the record with its note.
  const post = await payload.findByID({ collection: 'posts', depth: 0, draft: true, id })
  const flagged = (await publishBlockersFor({ post, req: await as(payload, editor) })).flatMap((blocker) =>
    blocker.code === 'unresolved-flag' && blocker.key ? [blocker.key] : [],
  )
  for (const key of new Set(flagged)) {
    await waiveFlag({
      id,
      key,
      note: 'General patient information, checked by the medical editor; no citation needed.',
      req: await as(payload, editor),
    })
  }
  await signOffPost({ id, note: 'Claims and citations checked.', req: await as(payload, editor) })
  if (state === 'published') await publishPost({ id, req: await as(payload, writer) })
}

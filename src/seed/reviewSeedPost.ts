// Takes a seeded draft through the same workflow people use, up to the state the demo content asks for.
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { SeedPost } from './data/content'

import { seedContext } from '../hooks/seedContext'
import { scanLexical } from '../workflow/claimScanner'
import { publishPost, requestChanges, signOffPost, submitForReview, waiveFlag } from '../workflow/postActions'

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
  // content states without a citation; the demo editor reads and waives those, as an editor would, so the cited
  // claims still go through the gate and every waiver is on the record with its note.
  const post = await payload.findByID({ collection: 'posts', depth: 0, draft: true, id })
  const waived = new Set((post.waivers ?? []).map((waiver) => waiver.key))
  for (const flag of scanLexical(post.body).filter(({ isResolved, key }) => !isResolved && !waived.has(key))) {
    waived.add(flag.key)
    await waiveFlag({
      id,
      key: flag.key,
      note: 'General patient information, checked by the medical editor; no citation needed.',
      req: await as(payload, editor),
    })
  }
  await signOffPost({ id, note: 'Claims and citations checked.', req: await as(payload, editor) })
  if (state === 'published') await publishPost({ id, req: await as(payload, writer) })
}

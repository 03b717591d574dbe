// Takes a seeded draft through the same workflow people use, up to the state the demo content asks for.
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { seedContext } from '@/requestContext'
import { figuresToVerify } from '@/workflow/figuresToVerify'
import { loadShownContent } from '@/workflow/loadShownContent'
import { publishPost, requestChanges, signOffPost, submitForReview, waiveFlag } from '@/workflow/postActions'
import { publishBlockersFor } from '@/workflow/publishGate'
import { scanShownContent } from '@/workflow/scanShownContent'

import type { SeedPost } from './data/content'

import { planSeedWaivers } from './planSeedWaivers'

export type SeedActor = { id: string } & Record<string, unknown>

const as = (payload: Payload, user: SeedActor) =>
  createLocalReq({ context: seedContext(), user: { ...user, collection: 'users' } as never }, payload)

const isSignedOff = (state: SeedPost['state']) => state === 'approved' || state === 'published'

export const reviewSeedPost = async ({
  editor,
  id,
  payload,
  post: { slug, state, waivers = [] },
  writer,
}: {
  editor: SeedActor
  id: string
  payload: Payload
  post: Pick<SeedPost, 'slug' | 'state' | 'waivers'>
  writer: SeedActor
}) => {
  if (waivers.length && !isSignedOff(state)) {
    throw new Error(`Seed post "${slug}" lists waivers, but the seed leaves it ${state}; only a sign-off needs them.`)
  }
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
  // The editor waives exactly the sentences the post's data lists, each with its own reason; anything else the
  // scanner flags must carry a citation or a claim, so new or changed demo text cannot slip through unreviewed.
  const req = await as(payload, editor)
  const draft = await payload.findByID({ collection: 'posts', depth: 0, draft: true, id })
  const { shown } = await loadShownContent({ post: draft, req })
  for (const { key, note } of planSeedWaivers({ flags: scanShownContent(shown), slug, waivers })) {
    await waiveFlag({ id, key, note, req: await as(payload, editor) })
  }
  const reviewed = await payload.findByID({ collection: 'posts', depth: 0, draft: true, id })
  const left = (await publishBlockersFor({ post: reviewed, req })).filter(({ code }) => code === 'unresolved-flag')
  if (left.length) {
    throw new Error(`Seed post "${slug}" still has unresolved flags: ${left.map(({ message }) => message).join(' ')}`)
  }
  // The demo editor has read the demo's sources: each cited figure is checked.
  const checked = figuresToVerify(shown).map(({ key }) => key)
  await signOffPost({ checked, id, note: 'Claims and citations checked.', req: await as(payload, editor) })
  if (state === 'published') await publishPost({ id, req: await as(payload, writer) })
}

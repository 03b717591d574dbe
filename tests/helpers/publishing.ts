// Posts published the way people publish them: submitted by a marketer, signed off by an editor, published.
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { createLocalReq } from 'payload'

import { figuresToVerify } from '@/workflow/figuresToVerify'
import { publishPost, signOffPost, submitForReview } from '@/workflow/postActions'

import type { Network, TestUser } from './network'

import { withBlocks } from './lexicalBodies'

/** Submit (as the marketer), sign off (as the editor) and publish (as the marketer), as people do. */
export const publishThroughReview = async ({
  editor,
  id,
  marketer,
  payload,
}: {
  editor: TestUser
  id: string
  marketer: TestUser
  payload: Payload
}) => {
  await submitForReview({ id, req: await createLocalReq({ user: marketer }, payload) })
  const draft = await payload.findByID({ collection: 'posts', depth: 0, draft: true, id })
  const checked = figuresToVerify({ body: draft.body }).map(({ key }) => key)
  await signOffPost({ checked, id, note: 'Checked.', req: await createLocalReq({ user: editor }, payload) })
  return publishPost({ id, req: await createLocalReq({ user: marketer }, payload) })
}

/** Publishes a new post of clinic A through review with the given fields over a cited body, so /v1 shows it. */
export const publishPostOfA = async ({
  fields = {},
  network,
  payload,
}: {
  fields?: Record<string, unknown>
  network: Network
  payload: Payload
}) => {
  const written = await payload.create({
    collection: 'posts',
    data: {
      author: network.a.author.id,
      body: withBlocks('A sentence that cites.', { blockType: 'citation', reference: network.reference.id }),
      clinic: network.clinicA.id,
      slug: `post-of-a-${randomUUID().slice(0, 8)}`,
      title: 'A safe title',
      topics: [network.topic.id],
      ...fields,
    } as never,
    draft: true,
    overrideAccess: false,
    user: network.users.marketerA,
  })
  await publishThroughReview({
    editor: network.users.editor,
    id: written.id,
    marketer: network.users.marketerA,
    payload,
  })
  return written
}

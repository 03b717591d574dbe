// Renders the delivery row of every live post: for a database from before the read model, after a direct
// database edit, or when SERVER_URL (in every image and link) changes. Until it has reached a post, /v1 renders
// that article live, but lists only show posts with rows. Idempotent: each run appends a fresh row per post.
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { Clinic } from '@/payload-types'

import { bumpDeliveryGeneration } from '@/delivery/cache/deliveryGeneration'

import { clinicForRendering, renderPostRow } from './deliveryRows'

const pageSize = 100

export const backfillDeliveryRows = async ({
  onProgress,
  payload,
}: {
  onProgress?: (done: number, total: number) => void
  payload: Payload
}): Promise<{ rendered: number }> => {
  const where = { _status: { equals: 'published' } } as const
  const { totalDocs: total } = await payload.count({ collection: 'posts', overrideAccess: true, where })
  const clinics = new Map<string, Clinic | null>()
  let rendered = 0
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'posts',
      depth: 0,
      limit: pageSize,
      overrideAccess: true,
      page,
      select: { clinic: true },
      sort: 'createdAt',
      where,
    })
    // A request per page: Payload's data loader keeps every document a request populated, so one request for the
    // whole network would hold every post's references, authors and images in memory until the end.
    const req = await createLocalReq({}, payload)
    for (const post of docs) {
      const clinicId = String(typeof post.clinic === 'object' && post.clinic ? post.clinic.id : post.clinic)
      if (!clinics.has(clinicId)) clinics.set(clinicId, await clinicForRendering(payload, clinicId, req))
      const clinic = clinics.get(clinicId)
      if (clinic && (await renderPostRow({ clinic, postId: String(post.id), req }))) rendered += 1
    }
    onProgress?.(page * pageSize > total ? total : page * pageSize, total)
    payload.logger.info({ done: Math.min(page * pageSize, total), total }, 'Delivery rows backfilled')
    if (!hasNextPage) break
  }
  await bumpDeliveryGeneration(await createLocalReq({}, payload))
  return { rendered }
}

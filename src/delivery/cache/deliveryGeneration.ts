// One value in the database that changes whenever anything a clinic website can see changes. Every delivery
// instance polls it and drops its caches when it moves: instances share the database, not memory. With REDIS_URL
// each move is also announced by pub/sub, so the others look at once rather than at their next poll.
import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { publishDeliveryNotice } from './deliveryNotices'

export const deliveryGenerationKey = 'delivery:generation'
const kvCollection = 'payload-kv'

export type DeliveryGeneration = { at: string; id: string }

/**
 * Written with `req`, so it joins the request's transaction: other instances see the new value only once the
 * change itself is committed, and never refill their caches from data that is about to change.
 */
export const bumpDeliveryGeneration = async (req: PayloadRequest): Promise<void> => {
  const data: DeliveryGeneration = { at: new Date().toISOString(), id: randomUUID() }
  await req.payload.db.upsert({
    collection: kvCollection,
    data: { data, key: deliveryGenerationKey },
    req,
    where: { key: { equals: deliveryGenerationKey } },
  })
  // Published now, usually before the request's transaction commits (Payload 3.90 has no after-commit hook, and
  // one publish may run inside a caller's longer transaction). A receiver that dropped its caches at once could
  // refill them from the pre-commit data and keep it. So the notice carries only the new id, and a receiver
  // re-reads the generation from the database until it sees that id (watchDeliveryGeneration), which it can only
  // once everything written with it is committed too; a rolled-back write is simply never seen.
  publishDeliveryNotice({ id: data.id, payload: req.payload })
}

export const readDeliveryGeneration = async (payload: Payload): Promise<null | string> =>
  (await payload.kv.get<DeliveryGeneration>(deliveryGenerationKey))?.id ?? null

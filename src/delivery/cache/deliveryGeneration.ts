// One value in the database that changes whenever anything a clinic website can see changes. Every delivery
// instance polls it and drops its caches when it moves: instances share the database, not memory.
import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

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
}

export const readDeliveryGeneration = async (payload: Payload): Promise<null | string> =>
  (await payload.kv.get<DeliveryGeneration>(deliveryGenerationKey))?.id ?? null

// The cache-hit path, ahead of express: a known key, within its rate limit, asking for something already rendered,
// is answered here with no Payload, database or middleware work. Everything else falls through to the router,
// carrying the admission so the request is not counted twice.
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Delivery } from './delivery'

import { type Admission, admit, keyFromRequest } from './authenticate'
import { sendCached } from './cache/sendCached'
import { cacheKeyOf } from './delivery'

export const admissionOf = Symbol('vetted.deliveryAdmission')

export type AdmittedRequest = IncomingMessage & { [admissionOf]?: Admission }

export const serveCachedHit = async (
  delivery: Delivery,
  req: AdmittedRequest,
  res: ServerResponse,
): Promise<boolean> => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith('/v1/')) return false
  const url = new URL(req.url, 'http://delivery.invalid')
  const secret = keyFromRequest(req, url)
  if (!secret) return false
  const admission = await admit({
    cors: delivery.cors,
    isCachedOnly: true,
    keys: delivery.keys,
    limit: delivery.limit,
    origin: req.headers.origin,
    secret,
  })
  if (!admission) return false
  req[admissionOf] = admission
  if ('problem' in admission) return false
  const entry = delivery.cache.get(cacheKeyOf(admission.key.clinicId, url))
  if (!entry) return false
  sendCached(req, res, entry, admission.headers)
  return true
}

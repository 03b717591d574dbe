// Every cached /v1 route in one shape: admit the key, check the clinic it names, then answer from the cache or
// fill it once. A route only says how to render; errors it returns are problem details and are never cached.
import type { RequestHandler } from 'express'

import type { Clinic } from '../payload-types'
import type { Delivery } from './delivery'
import type { ResolvedKey } from './keys/keyRegistry'

import { admit, keyFromRequest } from './authenticate'
import { buildCachedResponse } from './cache/responseCache'
import { sendCached } from './cache/sendCached'
import { cacheKeyOf } from './delivery'
import { type Problem, problem, problemAt, sendProblem } from './problem'
import { admissionOf, type AdmittedRequest } from './serveCachedHit'

export type RouteContext = {
  clinic: Clinic
  delivery: Delivery
  key: ResolvedKey
  pathParams: Record<string, string>
  url: URL
}

/** A route's answer: its body, and any headers of its own (a list's Link to its other pages). */
export type Rendered = { body: string; contentType: string; headers?: Record<string, string> }

export type RouteFill = (context: RouteContext) => Promise<Problem | Rendered>

/** Shared caches may keep a response a minute and serve it stale while refetching; webhooks tell sites to purge. */
const cacheControl = 'public, max-age=30, s-maxage=60, stale-while-revalidate=300'

export const json = (value: unknown): Rendered => ({
  body: JSON.stringify(value),
  contentType: 'application/json; charset=utf-8',
})

const isProblem = (value: Problem | Rendered): value is Problem => 'status' in value && 'title' in value

export const cachedRoute =
  (delivery: Delivery, fill: RouteFill): RequestHandler =>
  async (req, res) => {
    const url = new URL(req.originalUrl, 'http://delivery.invalid')
    const admission =
      (req as AdmittedRequest)[admissionOf] ??
      (await admit({
        cors: delivery.cors,
        keys: delivery.keys,
        limit: delivery.limit,
        origin: req.headers.origin,
        secret: keyFromRequest(req, url),
      }))
    if (!admission) throw new Error('A key lookup answered nothing')
    if ('problem' in admission) return sendProblem(res, admission.problem, admission.headers)
    const { key } = admission
    const entry = await delivery.cache.getOrFill(cacheKeyOf(key.clinicId, url), async () => {
      // The key decides the clinic; the clinic's own settings (crisis line, disclaimer) are public by design.
      const clinic = await delivery.payload.findByID({
        collection: 'clinics',
        depth: 1,
        disableErrors: true,
        id: key.clinicId,
        joins: false,
        overrideAccess: true,
      })
      const named = url.searchParams.get('clinic')
      const rendered: Problem | Rendered = !clinic
        ? problem.forbidden('The clinic of this key no longer exists.')
        : named && named !== clinic.slug
          ? problem.forbidden(`This key belongs to another clinic than "${named}".`)
          : await fill({ clinic, delivery, key, pathParams: req.params as Record<string, string>, url })
      return isProblem(rendered)
        ? buildCachedResponse({
            body: JSON.stringify(problemAt(rendered, url.pathname)),
            cacheControl: 'no-store',
            contentType: 'application/problem+json',
            status: rendered.status,
          })
        : buildCachedResponse({
            body: rendered.body,
            cacheControl,
            contentType: rendered.contentType,
            headers: rendered.headers,
          })
    })
    sendCached(req, res, entry, admission.headers)
  }

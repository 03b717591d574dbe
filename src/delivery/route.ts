// Every cached /v1 route in one shape: admit the key, check the clinic it names, then answer from the cache or
// fill it once. A route says which parameters it takes, what it loads and how that is written; cachedRoute parses
// the parameters once, before anything is loaded. Errors are problem details and are never cached.
import type { RequestHandler } from 'express'
import type { z } from 'zod'

import type { Clinic } from '@/payload-types'

import type { Delivery } from './delivery'
import type { ResolvedKey } from './keys/keyRegistry'

import { admit, keyFromRequest } from './authenticate'
import { buildCachedResponse } from './cache/responseCache'
import { sendCached } from './cache/sendCached'
import { cacheKeyOf } from './delivery'
import { parseParams, slugPathParam } from './params'
import { type Problem, problem, problemAt, sendProblem } from './problem'
import { admissionOf, type AdmittedRequest } from './serveCachedHit'

export type RouteContext = {
  clinic: Clinic
  delivery: Delivery
  key: ResolvedKey
  url: URL
}

/** What a route's steps are given: the request's context and its query parameters, parsed. */
export type RouteRequest<P> = RouteContext & { params: P }

/** A route's answer: its body, and any headers of its own (a list's Link to its other pages). */
export type Rendered = { body: string; contentType: string; headers?: Record<string, string> }

/**
 * A cached /v1 route in three steps: the query parameters it takes (params.ts; a bad one is a 400 naming it),
 * `load`, which reads what the answer needs or answers a problem, and `serialize`, which writes what was loaded
 * without reading anything more (the sitemap library writes through a stream, hence the promise).
 */
export type DeliveryRoute<P, L extends object> = {
  load: (request: RouteRequest<P>) => Promise<L | Problem>
  params: z.ZodType<P>
  serialize: (loaded: L, request: RouteRequest<P>) => Promise<Rendered> | Rendered
}

/** What the steps of a route at /…/:slug are given: the slug as well, checked to be one. */
export type SlugRequest<P> = RouteRequest<P> & { slug: string }

/**
 * A route at /…/:slug, one document by its slug. Its `notFound` is the 404 for a path that is not a slug (before
 * anything is read) and for a slug `load` finds nothing shown for (it answers undefined).
 */
export type SlugRoute<P, L extends object> = {
  load: (request: SlugRequest<P>) => Promise<L | Problem | undefined>
  notFound: string
  params: z.ZodType<P>
  serialize: (loaded: L, request: SlugRequest<P>) => Promise<Rendered> | Rendered
}

/** Shared caches may keep a response a minute and serve it stale while refetching; webhooks tell sites to purge. */
const cacheControl = 'public, max-age=30, s-maxage=60, stale-while-revalidate=300'

export const json = (value: unknown): Rendered => ({
  body: JSON.stringify(value),
  contentType: 'application/json; charset=utf-8',
})

// What a route loads is an object of its own, never one with a problem's status and title.
const isProblem = (value: object): value is Problem => 'status' in value && 'title' in value

const isSlugRoute = <P, L extends object>(route: DeliveryRoute<P, L> | SlugRoute<P, L>): route is SlugRoute<P, L> =>
  'notFound' in route

/** The route's answer to a request for the clinic: its parameters parsed once, then loaded and serialized. */
const answer = async <P, L extends object>(
  route: DeliveryRoute<P, L> | SlugRoute<P, L>,
  context: RouteContext,
  pathParams: Record<string, string>,
): Promise<Problem | Rendered> => {
  const parsed = parseParams(route.params, context.url)
  if ('problem' in parsed) return parsed.problem
  const request = { ...context, params: parsed.data }
  if (!isSlugRoute(route)) {
    const loaded = await route.load(request)
    return isProblem(loaded) ? loaded : route.serialize(loaded, request)
  }
  const notFound = problem.notFound(route.notFound)
  const slug = slugPathParam.safeParse(pathParams.slug)
  if (!slug.success) return notFound
  const keyed = { ...request, slug: slug.data }
  const loaded = await route.load(keyed)
  if (!loaded) return notFound
  return isProblem(loaded) ? loaded : route.serialize(loaded, keyed)
}

export const cachedRoute =
  <P, L extends object>(delivery: Delivery, route: DeliveryRoute<P, L> | SlugRoute<P, L>): RequestHandler =>
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
          : await answer(route, { clinic, delivery, key, url }, req.params as Record<string, string>)
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

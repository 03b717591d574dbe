// Which web pages may read /v1 from a browser: a key's answers go to its clinic's own sites (https on each of the
// clinic's domains) and to CORS_ORIGINS; a preflight, which carries no key, is granted to any clinic's site and to
// CORS_ORIGINS. The one place that decides it, for the cache-hit path, the router and preflights alike.
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { corsOriginsOf } from '@/http/corsOrigins'

import { problem, sendProblem } from './problem'

/** The methods /v1 answers. */
export const allowedMethods = 'GET, HEAD, OPTIONS'

export type CorsPolicy = {
  flush: () => void
  /** Whether `origin` may read answers given for the clinic, or for any clinic without one; undefined until loaded. */
  peekAllows: (origin: string, clinicId?: string) => boolean | undefined
  /** The same, loading the clinics' domains when they are not in memory. */
  allows: (origin: string, clinicId?: string) => Promise<boolean>
}

/** Headers a browser needs to read an answer: sent only to an allowed origin. */
export const corsHeadersFor = (origin: string): Record<string, string> => ({
  'Access-Control-Allow-Origin': origin,
  'Access-Control-Expose-Headers':
    'ETag, Link, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, WWW-Authenticate',
})

/** What a granted preflight adds: the methods and request headers /v1 takes, remembered by the browser 10 min. */
export const preflightHeadersFor = (origin: string): Record<string, string> => ({
  'Access-Control-Allow-Headers': 'Authorization, If-None-Match',
  'Access-Control-Allow-Methods': 'GET, HEAD',
  'Access-Control-Allow-Origin': origin,
  'Access-Control-Max-Age': '600',
})

export const createCorsPolicy = (
  payload: Payload,
  env: Record<string, string | undefined> = process.env,
): CorsPolicy => {
  const configured = new Set(corsOriginsOf(env))
  let sites: Map<string, Set<string>> | undefined
  let loading: Promise<Map<string, Set<string>>> | undefined
  // Moves on every flush: a read begun before a change is used for the requests that waited on it, never kept.
  let version = 0
  const load = async () => {
    const { docs } = await payload.find({
      collection: 'clinics',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { domains: true },
    })
    return new Map(docs.map((clinic) => [clinic.id, new Set((clinic.domains ?? []).map((host) => `https://${host}`))]))
  }
  const current = (): Promise<Map<string, Set<string>>> => {
    if (sites) return Promise.resolve(sites)
    if (!loading) {
      const at = version
      const pending = load()
        .then((loaded) => {
          if (at === version) sites = loaded
          return loaded
        })
        .finally(() => {
          if (loading === pending) loading = undefined
        })
      loading = pending
    }
    return loading
  }
  const decide = (known: Map<string, Set<string>>, origin: string, clinicId?: string) =>
    configured.has(origin) ||
    (clinicId ? Boolean(known.get(clinicId)?.has(origin)) : [...known.values()].some((set) => set.has(origin)))
  return {
    allows: async (origin, clinicId) => configured.has(origin) || decide(await current(), origin, clinicId),
    flush: () => {
      version += 1
      sites = undefined
      loading = undefined
    },
    peekAllows: (origin, clinicId) =>
      configured.has(origin) ? true : sites ? decide(sites, origin, clinicId) : undefined,
  }
}

/**
 * OPTIONS: a browser's preflight before a call with a key. It carries no key, so it is granted to any clinic's
 * site and CORS_ORIGINS; the answer to the call itself then holds CORS headers only for the key's own clinic.
 */
export const answerPreflight =
  (cors: CorsPolicy): RequestHandler =>
  async (req, res, next) => {
    if (req.method !== 'OPTIONS') return next()
    const origin = req.headers.origin
    if (!origin || !req.headers['access-control-request-method'])
      return void res.set('Allow', allowedMethods).status(204).end()
    res.set('Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers')
    if (await cors.allows(origin))
      return void res
        .set({ Allow: allowedMethods, ...preflightHeadersFor(origin) })
        .status(204)
        .end()
    sendProblem(
      res,
      problem.forbidden(
        `Browsers may not call /v1 from ${origin}: it is not the site of a clinic in this network (https on one of ` +
          "a clinic's domains) nor listed in CORS_ORIGINS.",
      ),
    )
  }

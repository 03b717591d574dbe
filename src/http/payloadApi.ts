// Payload's REST and GraphQL handlers (the ones Next's /api route files export) served straight from
// express: the same code, one hop shorter, and available on delivery-only instances that run no Next.
import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { createRequest, sendResponse } from '@remix-run/node-fetch-server'

import { problem, sendProblem } from '@/delivery/problem'

import { graphqlProblem } from './graphqlProblem'
import { loadPayloadRoutes } from './loadPayloadRoutes'
import { restQueryProblem } from './restQueryProblem'

/**
 * The Web Request Payload reads: the body is the copy limitRequestBody buffered within the size limit, never the
 * socket itself.
 */
const requestOf = (request: Request, body: Buffer | undefined): Request =>
  body && body.length > 0
    ? new Request(request.url, {
        body: new Uint8Array(body),
        headers: request.headers,
        method: request.method,
        signal: request.signal,
      })
    : request

/** The GraphQL query and variables of a buffered JSON body, if there is one. */
const graphqlRequestOf = (body: Buffer | undefined): { query?: unknown; variables?: unknown } => {
  try {
    return body ? (JSON.parse(body.toString('utf8')) as { query?: unknown; variables?: unknown }) : {}
  } catch {
    return {}
  }
}

/** Path segments, decoded; null when the path is not valid percent-encoding. */
const decodeSegments = (path: string): null | string[] => {
  try {
    return path
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment))
  } catch {
    return null
  }
}

export const payloadApi = ({
  config,
  isAdminServed,
}: {
  config: Promise<SanitizedConfig>
  isAdminServed: boolean
}): RequestHandler => {
  // Loaded once, on the first request; a failure to load is answered as a server error, and retried next time.
  let routes: ReturnType<typeof loadPayloadRoutes> | undefined
  const loadRoutes = () => {
    routes ??= loadPayloadRoutes({ config, isAdminServed }).catch((error: unknown) => {
      routes = undefined
      throw error
    })
    return routes
  }

  return async (req, res, next) => {
    try {
      const body = res.locals.body as Buffer | undefined
      const request = requestOf(createRequest(req, res), body)
      const segments = decodeSegments(req.path)
      if (!segments) {
        sendProblem(res, problem.badParameter('path', `"${req.path}" is not a valid, percent-encoded path.`))
        return
      }
      const { graphql, rest } = await loadRoutes()
      let response: Response
      if (segments.length === 1 && segments[0] === 'graphql' && req.method === 'POST') {
        const refusal = graphqlProblem(graphqlRequestOf(body))
        if (refusal) {
          res.status(400).json({ errors: [{ extensions: { statusCode: 400 }, message: refusal }] })
          return
        }
        response = await graphql(request)
      } else {
        const refusal = restQueryProblem({ method: req.method, searchParams: new URL(request.url).searchParams })
        if (refusal) return sendProblem(res, refusal)
        const route = rest[req.method]
        if (!route) return next()
        response = await route(request, { params: Promise.resolve({ slug: segments }) })
      }
      await sendResponse(res, response)
    } catch (error) {
      next(error)
    }
  }
}

// Payload's REST and GraphQL handlers (the ones Next's /api route files export) served straight from
// express: the same code, one hop shorter, and available on delivery-only instances that run no Next.
import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { createRequest, sendResponse } from '@remix-run/node-fetch-server'

import { problem, sendProblem } from '../delivery/problem'

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

type FetchRoute = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export const payloadApi = ({ config }: { config: Promise<SanitizedConfig> }): RequestHandler => {
  const rest: Record<string, FetchRoute> = {
    DELETE: REST_DELETE(config),
    GET: REST_GET(config),
    OPTIONS: REST_OPTIONS(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
    PUT: REST_PUT(config),
  }
  const graphql = GRAPHQL_POST(config)

  return async (req, res, next) => {
    try {
      const request = createRequest(req, res)
      const segments = decodeSegments(req.path)
      if (!segments) {
        sendProblem(res, problem.badParameter('path', `"${req.path}" is not a valid, percent-encoded path.`))
        return
      }
      let response: Response
      if (segments.length === 1 && segments[0] === 'graphql' && req.method === 'POST') {
        response = await graphql(request)
      } else {
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

// Payload's REST and GraphQL handlers (the ones Next's /api route files export) served straight from
// express: the same code, one hop shorter, and available on delivery-only instances that run no Next.
import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { createRequest, sendResponse } from '@remix-run/node-fetch-server'

import { problem, sendProblem } from '../delivery/problem'
import { loadPayloadRoutes } from './loadPayloadRoutes'

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
      const request = createRequest(req, res)
      const segments = decodeSegments(req.path)
      if (!segments) {
        sendProblem(res, problem.badParameter('path', `"${req.path}" is not a valid, percent-encoded path.`))
        return
      }
      const { graphql, rest } = await loadRoutes()
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

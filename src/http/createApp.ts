// The one express app: /v1 for clinic websites, /api for Payload, everything else to Next's admin.
import type { ErrorRequestHandler, Express, RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import express from 'express'

import type { Delivery } from '@/delivery/delivery'

import { problem, sendProblem } from '@/delivery/problem'
import { deliveryRouter } from '@/delivery/router'

import { limitRequestBody } from './limitRequestBody'
import { payloadApi } from './payloadApi'
import { refuseUploadPrefix } from './refuseUploadPrefix'
import { stampClientAddress } from './stampClientAddress'

type AppOptions = {
  config: Promise<SanitizedConfig>
  delivery: Delivery
  /** Next's request handler; absent on delivery-only instances (SERVE_ADMIN=false). */
  nextHandler?: RequestHandler
  payload: Payload
}

export const createApp = ({ config, delivery, nextHandler, payload }: AppOptions): Express => {
  const app = express()
  app.disable('x-powered-by')
  // No weak ETags from express on errors and health answers: what is worth revalidating (cached /v1 answers, the
  // OpenAPI document, images) carries a strong ETag of its own, one per content coding.
  app.set('etag', false)
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback')

  app.use(['/v1', '/api'], limitRequestBody)
  app.use('/v1', deliveryRouter(delivery))
  app.use('/api', refuseUploadPrefix)
  app.use('/api', stampClientAddress, payloadApi({ config, isAdminServed: Boolean(nextHandler) }))
  if (nextHandler) {
    app.all('/{*path}', nextHandler)
  } else {
    app.use((_req, res) =>
      sendProblem(
        res,
        problem.notFound('This instance serves only the delivery API (/v1) and the Payload API (/api).'),
      ),
    )
  }

  const handleError: ErrorRequestHandler = (error, _req, res, _next) => {
    if (res.headersSent) return res.end()
    // Errors express itself raises for unreadable requests (a malformed %-escape in a path) are the client's.
    const status = Number((error as { status?: unknown })?.status)
    if (status >= 400 && status < 500)
      return sendProblem(res, {
        detail: 'The request could not be read: check its address and encoding.',
        status,
        title: 'Bad request',
      })
    payload.logger.error({ err: error, msg: 'Unhandled error in the HTTP server' })
    sendProblem(res, problem.internal())
  }
  app.use(handleError)
  return app
}

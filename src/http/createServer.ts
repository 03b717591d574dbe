// The HTTP server: cached /v1 hits answered at the node:http level, everything else through the express app.
import type { RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import http from 'node:http'

import { createDelivery } from '@/delivery/delivery'
import { serveCachedHit } from '@/delivery/serveCachedHit'

import { createApp } from './createApp'

type ServerOptions = {
  config: Promise<SanitizedConfig>
  nextHandler?: RequestHandler
  payload: Payload
  pollIntervalMs?: number
}

export const createServer = ({ config, nextHandler, payload, pollIntervalMs }: ServerOptions): http.Server => {
  const delivery = createDelivery({ payload, pollIntervalMs })
  const app = createApp({ config, delivery, nextHandler, payload })
  const server = http.createServer((req, res) => {
    serveCachedHit(delivery, req, res).then(
      (isServed) => isServed || app(req, res),
      (error: unknown) => {
        payload.logger.error({ err: error, msg: 'The delivery cache failed; answering through the router' })
        app(req, res)
      },
    )
  })
  server.on('close', delivery.stop)
  return server
}

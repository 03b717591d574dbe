// The /v1 delivery API for clinic websites.
import type { Payload } from 'payload'

import { Router } from 'express'

import { health } from './health'
import { problem, sendProblem } from './problem'

export const deliveryRouter = ({ payload }: { payload: Payload }): Router => {
  const router = Router()
  router.get('/health', health({ payload }))
  router.use((_req, res) => sendProblem(res, problem.notFound()))
  return router
}

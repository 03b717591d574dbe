import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { databaseKind } from '../db/adapter'
import { problem, sendProblem } from './problem'

const timeoutMs = 2000

/** Load balancers ask this; it answers 200 only when the database answers a query in time. */
export const health =
  ({ payload }: { payload: Payload }): RequestHandler =>
  async (_req, res) => {
    const kind = databaseKind(process.env.DATABASE_URI)
    const started = performance.now()
    try {
      await Promise.race([
        payload.count({ collection: 'topics', overrideAccess: true }),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref(),
        ),
      ])
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Health check: the database did not answer' })
      sendProblem(res, problem.unavailable(`The ${kind} database is not reachable.`))
      return
    }
    res.set('Cache-Control', 'no-store').json({
      database: { kind, latencyMs: Math.round((performance.now() - started) * 10) / 10, reachable: true },
      status: 'ok',
    })
  }

import type { RequestHandler } from 'express'

import { databaseKind } from '@/db/adapter'

import type { Delivery } from './delivery'
import type { Health } from './openapi/schemas'

import { problem, sendProblem } from './problem'

const timeoutMs = 2000

/**
 * Load balancers ask this; it answers 200 only when the database answers a query in time. It also says which
 * delivery generation this instance's caches hold and when it last read the database's, so an operator can see
 * that every instance behind the balancer has caught up with the latest change.
 */
export const health =
  ({ payload, watchState }: Pick<Delivery, 'payload' | 'watchState'>): RequestHandler =>
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
    const { checkedAt, generation } = watchState()
    const answer: Health = {
      changes: { checkedAt: checkedAt?.toISOString() ?? null, generation: generation ?? null },
      database: { kind, latencyMs: Math.round((performance.now() - started) * 10) / 10, reachable: true },
      status: 'ok',
    }
    res.set('Cache-Control', 'no-store').json(answer)
  }

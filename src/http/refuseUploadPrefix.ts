// Payload's file route reads `?prefix=` as a storage folder (for cloud-storage adapters) and queries a `prefix` field
// with it. Vetted stores files locally and no collection has that field, so any prefix is refused here, before the
// query: unanswered, "?prefix=../.." reached the database as a query on a missing column and came back a 500.
import type { RequestHandler } from 'express'

import { problem, sendProblem } from '@/delivery/problem'

export const refuseUploadPrefix: RequestHandler = (req, res, next) => {
  if (!('prefix' in req.query)) return next()
  sendProblem(res, problem.badParameter('prefix', 'uploads have no storage prefix here; leave the parameter out.'))
}

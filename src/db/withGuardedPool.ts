// Wraps the PostgreSQL adapter so its pool is guarded (guardPool) before the first connection opens.
import type { DatabaseAdapterObj } from 'payload'

import { guardPool } from './guardPool'

type PgAdapter = {
  connect: (options?: unknown) => Promise<void>
  payload: { logger: Parameters<typeof guardPool>[0]['logger'] }
  pg: { Pool: new (options: unknown) => Parameters<typeof guardPool>[0]['pool'] }
  pool?: Parameters<typeof guardPool>[0]['pool']
  poolOptions: unknown
}

/**
 * The adapter creates its pool inside connect() only when none exists, so creating it here first (with the same
 * options) lets the listeners see every client, including the one the adapter keeps checked out to watch for
 * disconnects.
 */
export const withGuardedPool = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const pgAdapter = adapter as unknown as PgAdapter
    const connect = pgAdapter.connect
    pgAdapter.connect = async function (options) {
      if (!pgAdapter.pool) {
        pgAdapter.pool = new pgAdapter.pg.Pool(pgAdapter.poolOptions)
        guardPool({ logger: pgAdapter.payload.logger, pool: pgAdapter.pool })
      }
      return connect.call(pgAdapter, options)
    }
    return adapter
  },
})

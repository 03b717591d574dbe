// Keeps a PostgreSQL pool's connection failures from crashing the process.
import type { Payload } from 'payload'

type Client = { on: (event: 'error', listener: (error: Error) => void) => unknown }
type Pool = Client & { on: (event: 'connect', listener: (client: Client) => void) => unknown }

/**
 * node-postgres emits 'error' on the pool when an idle client's connection dies (a restart, a failover,
 * pg_terminate_backend), and on a checked-out client when its connection dies between queries; with no listener
 * Node throws and the process exits. The query that was running already failed with the same error (that request
 * answers 500), and the pool drops the dead client and opens a fresh one for the next request, so logging is all
 * that is left to do.
 */
export const guardPool = ({ logger, pool }: { logger: Payload['logger']; pool: Pool }): void => {
  const log = (error: Error) =>
    logger.error({ err: error, msg: `PostgreSQL connection lost (${error.message}); the pool will reconnect` })
  pool.on('error', log)
  pool.on('connect', (client) => client.on('error', log))
}

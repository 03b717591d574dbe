import type { Payload } from 'payload'

type Pool = { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
type Closable = { client?: { close?: () => unknown }; connection?: { close?: () => Promise<unknown> }; pool?: Pool }

/**
 * payload.destroy() forgets the schema but leaves the driver's connections open; a clean shutdown (and a test
 * that drops its database) must close them: the PostgreSQL pool, the SQLite client, the MongoDB connection.
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const db = payload.db as unknown as Closable
  await payload.destroy()
  if (db.pool) {
    // The Postgres adapter keeps one client checked out to watch for disconnects, so end() never settles;
    // idle clients close at once and the watcher goes with the process (or the dropped test database).
    db.pool.on('error', () => undefined)
    await Promise.race([db.pool.end(), new Promise((resolve) => setTimeout(resolve, 500).unref())])
  }
  db.client?.close?.()
  await db.connection?.close?.()
}

import type { Payload } from 'payload'

/** Runs one SQL statement on the test database (SQLite or PostgreSQL), for faults a test injects for real. */
export const rawSql = (payload: Payload, raw: string) => {
  const db = payload.db as unknown as { drizzle: unknown; execute: (args: object) => Promise<unknown> }
  return db.execute({ drizzle: db.drizzle, raw })
}

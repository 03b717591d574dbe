// The bench's database: fresh and thrown away afterwards (a temporary SQLite file, or a new database on the
// PostgreSQL server of --database), seeded in development mode and then handed to a production server.
import type { Payload } from 'payload'

import { databaseKind } from '@/db/adapter'
import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

import { createTestDatabase, type TestDatabase } from '../tests/helpers/database'

export const createBenchDatabase = async (uri: string | undefined): Promise<TestDatabase> => {
  process.env.TEST_DATABASE_URI = uri ?? ''
  return createTestDatabase()
}

/**
 * Seeding runs in development mode, where Payload pushes the schema and records a "dev" migration; a production
 * server would then stop to ask whether to run the migrations. The pushed schema is the one the committed
 * migrations build (npm run check:generated keeps them in step), so record those as applied instead.
 */
export const markMigrationsApplied = async ({ payload, uri }: { payload: Payload; uri: string }) => {
  const migrations = databaseKind(uri) === 'postgres' ? postgresMigrations : sqliteMigrations
  await payload.delete({ collection: 'payload-migrations', overrideAccess: true, where: { batch: { equals: -1 } } })
  for (const { name } of migrations)
    await payload.create({ collection: 'payload-migrations', data: { batch: 1, name }, overrideAccess: true })
}

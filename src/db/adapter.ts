// Picks the database adapter from DATABASE_URI's scheme: SQLite by default, MongoDB in production, PostgreSQL.
import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'

import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'

import { assertMongoReplicaSet } from './assertMongoReplicaSet'
import { indexPostgresTextsByParent, indexSqliteTextsByParent } from './indexTextsByParent'
import { sqliteUrl } from './sqliteUrl'
import { withGuardedPool } from './withGuardedPool'
import { withSerialTransactions } from './withSerialTransactions'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const databaseKind = (uri: string | undefined): DatabaseKind => {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  throw new Error(
    `DATABASE_URI must start with file: (SQLite), mongodb:// or mongodb+srv:// (MongoDB), or postgres:// (PostgreSQL); got "${uri.split(':')[0]}:".`,
  )
}

type AdapterOptions = { migrationRoot?: string; uri: string | undefined }

export const databaseAdapter = ({
  migrationRoot = path.resolve('src/migrations'),
  uri,
}: AdapterOptions): DatabaseAdapterObj => {
  switch (databaseKind(uri)) {
    case 'mongodb':
      assertMongoReplicaSet(uri as string)
      // Transactions (and so every multi-document write of the workflow) need a replica set.
      return mongooseAdapter({ transactionOptions: {}, url: uri as string })
    case 'postgres':
      return withGuardedPool(
        postgresAdapter({
          afterSchemaInit: [indexPostgresTextsByParent],
          idType: 'uuid',
          migrationDir: path.join(migrationRoot, 'postgres'),
          pool: { connectionString: uri },
          // Development pushes the schema; production applies the committed migrations at start-up.
          prodMigrations: postgresMigrations,
        }),
      )
    case 'sqlite':
      return withSerialTransactions(
        sqliteAdapter({
          afterSchemaInit: [indexSqliteTextsByParent],
          // No busy timeout: libsql waits for a lock synchronously, freezing this process, so the lock's holder
          // (a transaction of this same process) could not finish meanwhile. withSerialTransactions queues this
          // process's transactions and retries a BEGIN that meets another process's lock without blocking.
          client: { url: sqliteUrl(uri) },
          idType: 'uuid',
          migrationDir: path.join(migrationRoot, 'sqlite'),
          prodMigrations: sqliteMigrations,
          // Without transactionOptions the SQLite adapter runs every operation without a transaction, so a write
          // that fails half-way (a publish whose audit event fails) would stay half-done. 'immediate' takes the
          // write lock at BEGIN, so a transaction never fails half-way on a lock upgrade.
          transactionOptions: { behavior: 'immediate' },
          wal: true,
        }),
      )
  }
}

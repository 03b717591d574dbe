// A fresh, empty database for each test file: a temporary SQLite file by default, or a new database on the
// PostgreSQL server named by TEST_DATABASE_URI (MongoDB cannot run on the build machines).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type TestDatabase = { drop: () => Promise<void>; uri: string }

const randomName = () => `vetted_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`

/** The PostgreSQL server of a PostgreSQL run, else the machine's: for what only a networked database can do. */
export const postgresServerUri = () =>
  process.env.TEST_DATABASE_URI?.startsWith('postgres')
    ? process.env.TEST_DATABASE_URI
    : 'postgres://postgres@127.0.0.1:5432/postgres'

/** `postgres`: a PostgreSQL database whatever the run's database is (see postgresServerUri). */
export const createTestDatabase = async ({ postgres = false } = {}): Promise<TestDatabase> => {
  const base = postgres ? postgresServerUri() : process.env.TEST_DATABASE_URI
  if (!base || base.startsWith('file:')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-test-'))
    return {
      drop: async () => fs.rmSync(dir, { force: true, recursive: true }),
      uri: `file:${path.join(dir, 'test.db')}`,
    }
  }
  if (!base.startsWith('postgres'))
    throw new Error(`TEST_DATABASE_URI must be a file: or postgres:// URI; got ${base.split(':')[0]}:`)
  const name = randomName()
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const uri = new URL(base)
  uri.pathname = `/${name}`
  return {
    drop: async () => {
      const client = new pg.Client({ connectionString: base })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
    uri: uri.toString(),
  }
}

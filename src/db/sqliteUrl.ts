import fs from 'node:fs'
import path from 'node:path'

/** The embedded default lives in data/vetted.db so a fresh clone runs without any server. */
export const defaultSqliteFile = path.resolve('data', 'vetted.db')

export const sqliteUrl = (uri: string | undefined): string => {
  const url = uri || `file:${defaultSqliteFile}`
  const file = url.replace(/^file:(\/\/)?/, '').split('?')[0]
  if (file && file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return url
}

// The five sample articles (clinic blog posts exported as text), by their number: 000 … 004.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const seedsFolder = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url))

export const seedFile = (prefix: string): string => {
  const name = readdirSync(seedsFolder).find((candidate) => candidate.startsWith(`${prefix}_`))
  if (!name) throw new Error(`No seed ${prefix} in tests/fixtures/seeds`)
  return `${seedsFolder}${name}`
}

export const readSeed = (prefix: string): string => readFileSync(seedFile(prefix), 'utf8')

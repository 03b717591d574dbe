// A batch of files into one clinic: each file checked and read, each article imported on its own (a bad file or a
// failed article never stops the rest), progress shown, and every outcome returned for the summary: problems
// with the files first, then the articles in the order they were read.
import type { Payload } from 'payload'

import fs from 'node:fs/promises'

import type { ImportOutcome } from '@/import/outcome'
import type { SourceArticle, SourceRead } from '@/import/read/readSource'
import type { Clinic } from '@/payload-types'

import { emptyOutcome } from '@/import/outcome'
import { collectFiles } from '@/import/read/collectFiles'
import { readSource } from '@/import/read/readSource'
import { startProgress } from '@/seed/progress'

import type { Importer } from './importArticle'

import { describeError } from './describeError'
import { importArticle } from './importArticle'

export type BatchArgs = { clinic: Clinic; maxBytes: number; paths: string[]; payload: Payload; user: Importer }

const logOutcome = (payload: Payload, outcome: ImportOutcome) => {
  const message = `${outcome.status}: ${outcome.label}${outcome.reason ? ` (${outcome.reason})` : ''}`
  if (outcome.status === 'refused' || outcome.status === 'failed') payload.logger.warn(message)
  // The report at the end lists every article; the log keeps the details for whoever reads it later.
  else payload.logger.debug(message)
}

/** One file read into its articles, or refused; an oversized file is never read whole. */
const readFile = async ({ file, maxBytes }: { file: string; maxBytes: number }): Promise<SourceRead> => {
  let bytes: Uint8Array
  let size: number
  try {
    const handle = await fs.open(file)
    try {
      size = (await handle.stat()).size
      bytes = new Uint8Array(Math.min(size, maxBytes + 1))
      await handle.read(bytes, 0, bytes.length, 0)
    } finally {
      await handle.close()
    }
  } catch (error) {
    return { isOk: false, reason: `it could not be read (${describeError(error)})` }
  }
  return readSource({ bytes, file, maxBytes, size })
}

export const importBatch = async ({ clinic, maxBytes, paths, payload, user }: BatchArgs): Promise<ImportOutcome[]> => {
  const { files, problems } = await collectFiles(paths)
  const outcomes = [...problems]
  // Every file is read first, so progress counts articles: one WordPress export may hold hundreds.
  const articles: SourceArticle[] = []
  for (const file of files) {
    const source = await readFile({ file, maxBytes })
    if (!source.isOk) outcomes.push(emptyOutcome(file, 'refused', source.reason))
    else {
      outcomes.push(...source.skipped.map(({ label, reason }) => emptyOutcome(label, 'skipped', reason)))
      articles.push(...source.articles)
    }
  }
  outcomes.forEach((outcome) => logOutcome(payload, outcome))
  const progress =
    articles.length > 1
      ? startProgress({ label: `Importing into ${clinic.slug}`, payload, total: articles.length })
      : undefined
  for (const article of articles) {
    const outcome = await importArticle({ clinic, payload, source: article, user })
    logOutcome(payload, outcome)
    outcomes.push(outcome)
    progress?.step(article.label)
  }
  progress?.done()
  return outcomes
}

// A batch of files into one clinic: each file checked and read, each article imported on its own (a bad file or a
// failed article never stops the rest), progress shown, and every outcome returned for the summary.
import type { Payload } from 'payload'

import fs from 'node:fs/promises'

import type { Clinic } from '../payload-types'
import type { Importer } from './importArticle'
import type { ImportOutcome } from './outcome'

import { startProgress } from '../seed/progress'
import { collectFiles } from './collectFiles'
import { describeError } from './describeError'
import { importArticle } from './importArticle'
import { emptyOutcome } from './outcome'
import { readSource } from './readSource'

export type BatchArgs = { clinic: Clinic; maxBytes: number; paths: string[]; payload: Payload; user: Importer }

const logOutcome = (payload: Payload, outcome: ImportOutcome) => {
  const message = `${outcome.status}: ${outcome.label}${outcome.reason ? ` (${outcome.reason})` : ''}`
  if (outcome.status === 'refused' || outcome.status === 'failed') payload.logger.warn(message)
  // The report at the end lists every article; the log keeps the details for whoever reads it later.
  else payload.logger.debug(message)
}

const importFile = async ({ clinic, file, maxBytes, payload, user }: Omit<BatchArgs, 'paths'> & { file: string }): Promise<ImportOutcome[]> => {
  let bytes: Uint8Array
  let size: number
  try {
    // Never more than the limit (and one byte) is read: an oversized file is refused without loading all of it.
    const handle = await fs.open(file)
    try {
      size = (await handle.stat()).size
      bytes = new Uint8Array(Math.min(size, maxBytes + 1))
      await handle.read(bytes, 0, bytes.length, 0)
    } finally {
      await handle.close()
    }
  } catch (error) {
    return [emptyOutcome(file, 'refused', `it could not be read (${describeError(error)})`)]
  }
  const source = await readSource({ bytes, file, maxBytes, size })
  if (!source.isOk) return [emptyOutcome(file, 'refused', source.reason)]
  const outcomes = source.skipped.map(({ label, reason }) => emptyOutcome(label, 'skipped', reason))
  for (const article of source.articles) outcomes.push(await importArticle({ clinic, payload, source: article, user }))
  return outcomes
}

export const importBatch = async ({ clinic, maxBytes, paths, payload, user }: BatchArgs): Promise<ImportOutcome[]> => {
  const { files, problems } = await collectFiles(paths)
  problems.forEach((problem) => logOutcome(payload, problem))
  const outcomes = [...problems]
  const progress = files.length > 1 ? startProgress({ label: `Importing into ${clinic.slug}`, payload, total: files.length }) : undefined
  for (const file of files) {
    const fileOutcomes = await importFile({ clinic, file, maxBytes, payload, user })
    fileOutcomes.forEach((outcome) => logOutcome(payload, outcome))
    outcomes.push(...fileOutcomes)
    progress?.step(file)
  }
  progress?.done()
  return outcomes
}

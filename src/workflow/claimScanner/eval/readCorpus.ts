import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { CorpusArticle } from './corpusTypes'

import { parseCorpusArticle } from './parseCorpusArticle'

/** Every article of the labelled corpus folder, in file-name order. */
export const readCorpus = (folder: string): CorpusArticle[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => parseCorpusArticle({ file, source: readFileSync(path.join(folder, file), 'utf8') }))

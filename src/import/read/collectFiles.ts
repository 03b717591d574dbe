// The files a command line names: files as given, folders searched for articles (hidden files left out).
import fs from 'node:fs/promises'
import path from 'node:path'

import type { ImportOutcome } from '@/import/outcome'

import { emptyOutcome } from '@/import/outcome'

const articleExtensions = new Set(['.htm', '.html', '.markdown', '.md', '.mdown', '.txt', '.wxr', '.xml'])

export const collectFiles = async (paths: string[]): Promise<{ files: string[]; problems: ImportOutcome[] }> => {
  const files: string[] = []
  const problems: ImportOutcome[] = []
  const walk = async (folder: string): Promise<void> => {
    const entries = (await fs.readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (articleExtensions.has(path.extname(entry.name).toLowerCase())) files.push(full)
      else if (entry.isFile())
        problems.push(
          emptyOutcome(
            full,
            'skipped',
            `not an article file (${path.extname(entry.name) || 'no extension'}); the importer reads .txt, .md, .html and WordPress .xml exports`,
          ),
        )
    }
  }
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => undefined)
    if (!stat) problems.push(emptyOutcome(given, 'refused', 'there is no such file or folder'))
    else if (stat.isDirectory()) await walk(given)
    else files.push(given)
  }
  return { files, problems }
}

import type { ClaimReason } from '@/workflow/claimScanner/types'

import { claimKinds } from '@/workflow/claimScanner/claimKinds'

import type { CorpusArticle, LabelledSentence } from './corpusTypes'

const isKind = (value: string): value is ClaimReason => (claimKinds as readonly string[]).includes(value)

/** Reads one corpus file; a label that is not a known kind is an error, so a typo cannot hide a claim. */
export const parseCorpusArticle = ({ file, source }: { file: string; source: string }): CorpusArticle => {
  const meta: Record<string, string> = {}
  const paragraphs: string[][] = [[]]
  const sentences: LabelledSentence[] = []
  source.split(/\r?\n/).forEach((line, index) => {
    const where = `${file}:${index + 1}`
    if (line.startsWith('#')) {
      const [, key, value] = /^#\s*(\w+):\s*(.*)$/.exec(line) ?? []
      if (key) meta[key] = value.trim()
      return
    }
    if (line.trim() === '') {
      if (paragraphs.at(-1)?.length) paragraphs.push([])
      return
    }
    const separator = line.indexOf(' | ')
    if (separator === -1) throw new Error(`${where}: expected "labels | sentence"`)
    const label = line.slice(0, separator).trim()
    const text = line.slice(separator + 3).trim()
    const kinds = label === '-' ? [] : label.split(',').map((kind) => kind.trim())
    const unknown = kinds.filter((kind) => !isKind(kind))
    if (unknown.length) throw new Error(`${where}: unknown kind ${unknown.join(', ')}`)
    sentences.push({ isClaim: kinds.length > 0, kinds: kinds.filter(isKind), text })
    paragraphs.at(-1)?.push(text)
  })
  if (meta.split !== 'tune' && meta.split !== 'test') throw new Error(`${file}: split must be tune or test`)
  return {
    article: meta.article ?? file,
    sentences,
    split: meta.split,
    text: paragraphs
      .filter((paragraph) => paragraph.length)
      .map((paragraph) => paragraph.join(' '))
      .join('\n\n'),
    voice: meta.voice ?? '',
  }
}

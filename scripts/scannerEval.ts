// npm run scanner:eval: the claim scanner against the labelled corpus in tests/fixtures/claims, tune set and test
// set apart, with every miss and false flag, and the time it takes per 1,000-word article. A report: it exits 0.
import path from 'node:path'

import { scanText } from '@/workflow/claimScanner'
import { evaluateScanner } from '@/workflow/claimScanner/eval/evaluateScanner'
import { formatEvaluation } from '@/workflow/claimScanner/eval/formatEvaluation'
import { readCorpus } from '@/workflow/claimScanner/eval/readCorpus'

const corpus = readCorpus(path.resolve(import.meta.dirname, '../tests/fixtures/claims'))
const only = process.argv.includes('--tune') ? ['tune'] : ['tune', 'test']

for (const split of only) {
  const articles = corpus.filter((article) => article.split === split)
  const evaluation = evaluateScanner({ articles, scan: scanText })
  console.log(formatEvaluation({ evaluation, title: `${split} set (${articles.length} articles)` }).join('\n'))
  console.log('')
}

const allText = corpus.map(({ text }) => text).join('\n\n')
const words = allText.split(/\s+/).length
scanText(allText)
const rounds = 20
const started = performance.now()
for (let round = 0; round < rounds; round += 1) scanText(allText)
const perThousandWords = (performance.now() - started) / rounds / (words / 1000)
console.log(`speed: ${perThousandWords.toFixed(1)} ms per 1,000 words (${words} words, ${rounds} rounds)`)

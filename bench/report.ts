// The bench's results: comparisons against their targets, printed as a table and written as JSON.
import fs from 'node:fs'
import os from 'node:os'

import type { Measurement } from './load'
import type { Memory } from './memory'

export type Comparison = {
  name: string
  subject: { label: string; measurement: Measurement }
  baseline: { label: string; measurement: Measurement }
  /** What is compared: requests per second (subject ÷ baseline) or p50 latency (subject ÷ baseline). */
  by: 'p50' | 'requestsPerSecond'
  target: { atLeast?: number; atMost?: number }
}

/** Memory of one process of the run, read when the measurements are done. */
export type MemoryRow = { label: string; memory: Memory | undefined }

/** failure: why publish-to-visible could not be measured (the numbers are then 0 and the target not met). */
export type PublishSummary = {
  failure?: string
  listMs: { max: number; median: number }
  postMs: { max: number; median: number }
  publishCallMs: { median: number }
  samples: number
  targetMs: number
}

const ratioOf = ({ baseline, by, subject }: Comparison) => subject.measurement[by] / baseline.measurement[by]
const isMet = (comparison: Comparison) => {
  const ratio = ratioOf(comparison)
  const { atLeast, atMost } = comparison.target
  return (atLeast === undefined || ratio >= atLeast) && (atMost === undefined || ratio <= atMost)
}
const targetText = ({ by, target }: Comparison) =>
  `${target.atLeast !== undefined ? `≥ ${target.atLeast}×` : `≤ ${target.atMost}×`} ${by === 'p50' ? 'p50' : 'req/s'}`

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2)
}

const pad = (cells: string[], widths: number[]) =>
  cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  ')

export const printTable = ({
  comparisons,
  memory = [],
  publish,
}: {
  comparisons: Comparison[]
  memory?: MemoryRow[]
  publish?: PublishSummary
}) => {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'ratio', 'target', 'met']
  const rows: string[][] = []
  for (const comparison of comparisons) {
    const line = ({ label, measurement: m }: Comparison['subject']) => [
      label,
      String(m.requestsPerSecond),
      String(m.p50),
      String(m.p99),
      String(m.errors + m.non2xx),
    ]
    rows.push([
      ...line(comparison.subject),
      ratioOf(comparison).toFixed(2),
      targetText(comparison),
      isMet(comparison) ? 'yes' : 'NO',
    ])
    rows.push([...line(comparison.baseline), '', '', ''])
  }
  if (publish) rows.push(...publishRows(publish))
  for (const { label, memory: m } of memory)
    rows.push([
      `memory: ${label}`,
      '',
      m ? `${m.rssMb} MB now` : 'unknown',
      m ? `${m.peakMb} MB peak` : '',
      '',
      '',
      '',
      '',
    ])
  const widths = header.map((_, index) => Math.max(header[index].length, ...rows.map((row) => row[index].length)))
  console.log(
    [
      '',
      pad(header, widths),
      widths.map((width) => '-'.repeat(width)).join('  '),
      ...rows.map((row) => pad(row, widths)),
      '',
    ].join('\n'),
  )
}

const isPublishMet = (publish: PublishSummary) =>
  !publish.failure && publish.listMs.max <= publish.targetMs && publish.postMs.max <= publish.targetMs

const publishRows = (publish: PublishSummary): string[][] => {
  if (publish.failure)
    return [
      [`publish-to-visible: not measured (${publish.failure})`, '', '', '', '', '', `≤ ${publish.targetMs} ms`, 'NO'],
    ]
  const rows: string[][] = []
  const publishMet = isPublishMet(publish)
  rows.push([
    `publish call alone (median of ${publish.samples})`,
    '',
    String(publish.publishCallMs.median),
    '',
    '',
    '',
    '',
    '',
  ])
  rows.push([
    `publish-to-visible, post (median / max of ${publish.samples})`,
    '',
    String(publish.postMs.median),
    String(publish.postMs.max),
    '',
    '',
    `≤ ${publish.targetMs} ms`,
    publish.postMs.max <= publish.targetMs ? 'yes' : 'NO',
  ])
  rows.push([
    `publish-to-visible, list (median / max of ${publish.samples})`,
    '',
    String(publish.listMs.median),
    String(publish.listMs.max),
    '',
    '',
    `≤ ${publish.targetMs} ms`,
    publishMet ? 'yes' : 'NO',
  ])
  return rows
}

export const writeResults = ({
  comparisons,
  database,
  file,
  memory,
  options,
  publish,
}: {
  comparisons: Comparison[]
  database: string
  file: string
  memory: MemoryRow[]
  options: object
  publish: PublishSummary
}) => {
  const results = {
    date: new Date().toISOString(),
    machine: {
      arch: os.arch(),
      cpuModel: os.cpus()[0]?.model,
      cpus: os.cpus().length,
      loadAverage: os.loadavg(),
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: os.platform(),
    },
    database,
    options,
    comparisons: comparisons.map((comparison) => ({
      ...comparison,
      isMet: isMet(comparison),
      ratio: Number(ratioOf(comparison).toFixed(3)),
    })),
    memory,
    publishToVisible: { ...publish, isMet: isPublishMet(publish) },
  }
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
}

// The rules of re-runs, the command line and the report.
import { describe, expect, it } from 'vitest'

import type { ImportOutcome } from '@/import/outcome'

import { formatSummary } from '@/import/cli/formatSummary'
import { parseImportArgs } from '@/import/cli/parseImportArgs'
import { emptyOutcome } from '@/import/outcome'
import { decideReimport } from '@/import/write/decideReimport'

const existing = {
  currentBodyHash: 'body-1',
  importSource: { bodyHash: 'body-1', sourceHash: 'source-1' },
  isInTrash: false,
  isLive: false,
  workflowState: 'in_review',
}

describe('decideReimport', () => {
  it('creates what was never imported and updates a draft whose source changed', () => {
    expect(decideReimport({ sourceHash: 'source-1' })).toEqual({ action: 'create' })
    expect(decideReimport({ existing, sourceHash: 'source-2' })).toEqual({ action: 'update' })
  })

  it.each([
    ['unchanged', { ...existing }, 'source-1', 'unchanged since the last import'],
    ['skipped', { ...existing, isLive: true }, 'source-2', 'published in Vetted'],
    ['skipped', { ...existing, workflowState: 'published' }, 'source-2', 'published in Vetted'],
    ['skipped', { ...existing, workflowState: 'approved' }, 'source-2', 'signed off by a medical editor'],
    ['skipped', { ...existing, isInTrash: true }, 'source-2', 'in the trash'],
    ['skipped', { ...existing, currentBodyHash: 'body-2' }, 'source-2', 'edited in Vetted since the last import'],
  ])('%s: %o', (status, post, sourceHash, reason) => {
    expect(decideReimport({ existing: post, sourceHash })).toEqual({
      action: 'skip',
      reason: expect.stringContaining(reason),
      status,
    })
  })

  it('never overwrites a published post, even one whose file is unchanged', () => {
    expect(decideReimport({ existing: { ...existing, isLive: true }, sourceHash: 'source-1' })).toMatchObject({
      status: 'skipped',
    })
  })
})

describe('parseImportArgs', () => {
  it('reads the clinic, the user, the size limit and the paths', () => {
    expect(
      parseImportArgs(['--clinic', 'harbor-light', '--user', 'm@x.example', '--max-size', '0.5', 'a.txt', 'posts/']),
    ).toEqual({
      args: { clinic: 'harbor-light', maxBytes: 524288, paths: ['a.txt', 'posts/'], user: 'm@x.example' },
      isOk: true,
    })
    expect(parseImportArgs(['--clinic', 'c', '--user', 'u@x', 'a.txt'])).toMatchObject({
      args: { maxBytes: 2 * 1024 * 1024 },
    })
  })

  it.each([
    [['--user', 'u@x', 'a.txt'], '--clinic is required'],
    [['--clinic', 'c', 'a.txt'], '--user is required'],
    [['--clinic', 'c', '--user', 'u@x'], 'Name at least one file or folder'],
    [['--clinic', 'c', '--user', 'u@x', '--max-size', 'big', 'a.txt'], '--max-size must be a positive number'],
    [['--clinic', 'c', '--user', 'u@x', '--colour', 'a.txt'], "Unknown option '--colour'"],
  ])('%o is refused: %s', (argv, message) => {
    expect(parseImportArgs(argv)).toEqual({ isOk: false, message: expect.stringContaining(message) })
  })
})

describe('formatSummary', () => {
  it('lists every article with its outcome and notes, and totals the batch', () => {
    const outcomes: ImportOutcome[] = [
      {
        ...emptyOutcome('posts/001.txt', 'imported'),
        notes: ['Left out, navigation leftover: “top of page”'],
        references: { created: 6, matched: 8 },
        sentencesFlagged: 16,
        title: 'How Ketamine Affects Your Brain',
      },
      {
        ...emptyOutcome('posts/000.txt', 'unchanged', 'unchanged since the last import'),
        title: 'Ketamine: Reversing the Effects of Depression',
      },
      emptyOutcome('posts/photo.png', 'refused', 'it is a binary file (PNG, image/png), not an article'),
    ]
    expect(formatSummary({ clinic: 'harbor-light', outcomes, user: 'm@x.example' }).split('\n')).toEqual([
      'Import into harbor-light as m@x.example:',
      '  imported  posts/001.txt “How Ketamine Affects Your Brain”: 16 sentences flagged; references: 8 matched, 6 created (unvetted)',
      '              Left out, navigation leftover: “top of page”',
      '  unchanged posts/000.txt “Ketamine: Reversing the Effects of Depression”: unchanged since the last import',
      '  refused   posts/photo.png: it is a binary file (PNG, image/png), not an article',
      'Summary: 1 imported, 0 updated, 1 unchanged, 0 skipped, 1 refused, 0 failed; references: 8 matched in the library, 6 created unvetted; 16 sentences flagged for the editors.',
      'Imported posts are drafts in the editors’ review queue; nothing was published.',
    ])
  })
})

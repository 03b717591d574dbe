// `npm run import` as a person runs it: a child process against the test database, its summary on stdout, its
// exit code, and the posts it leaves behind.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootNetwork } from '../../helpers/bootNetwork'
import { seedsFolder } from '../../helpers/seeds'

let folder: string

const suite = bootNetwork({ withServer: false })
beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-cli-'))
})
afterAll(async () => {
  fs.rmSync(folder, { force: true, recursive: true })
})

type Run = { code: null | number; stderr: string; stdout: string }

const importCommand = (args: string[]): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'import', '--', ...args], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      env: { ...process.env, CI: 'true', DATABASE_URI: process.env.DATABASE_URI, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr, stdout }))
  })

describe('npm run import', () => {
  it('imports the five samples into the clinic, refuses the empty file by name, prints the summary and exits 1', async () => {
    const empty = path.join(folder, 'empty.md')
    fs.writeFileSync(empty, '')
    const run = await importCommand(['--clinic', 'clinic-a', '--user', 'marketer-a@test.example', seedsFolder, empty])
    expect(run.code, run.stderr).toBe(1)
    expect(run.stdout).toContain('Import into clinic-a as marketer-a@test.example:')
    expect(run.stdout).toMatch(
      /imported {2}\S*001_fbc5f75786c1f9dd\.txt “How Ketamine Affects Your Brain”: \d+ sentences flagged; references: 0 matched, 14 created \(unvetted\)/,
    )
    expect(run.stdout).toContain(`refused   ${empty}: the file is empty`)
    expect(run.stdout).toMatch(
      /Summary: 5 imported, 0 updated, 0 unchanged, 0 skipped, 1 refused, 0 failed; references: 0 matched in the library, \d+ created unvetted; \d+ sentences flagged for the editors\./,
    )

    const { docs } = await suite.booted.payload.find({
      collection: 'posts',
      depth: 0,
      draft: true,
      limit: 100,
      overrideAccess: true,
      where: { 'importSource.key': { exists: true } },
    })
    expect(docs).toHaveLength(5)
    for (const post of docs)
      expect(post).toMatchObject({ _status: 'draft', clinic: suite.network.clinicA.id, workflowState: 'in_review' })
  }, 180_000)

  it('refuses a marketer another clinic before reading any file, and exits 1', async () => {
    const run = await importCommand(['--clinic', 'clinic-a', '--user', 'marketer-b@test.example', seedsFolder])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('marketer-b@test.example may not import into a clinic "clinic-a"')
    expect(run.stdout).not.toContain('imported')
  }, 180_000)

  it('explains its usage when --user is missing, and exits 2', async () => {
    const run = await importCommand(['--clinic', 'clinic-a', seedsFolder])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--user is required')
    expect(run.stderr).toContain('Usage: npm run import -- --clinic <clinic-slug> --user <email>')
  }, 180_000)
})

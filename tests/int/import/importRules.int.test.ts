// The rules around an import: who may import where, what a re-run may overwrite, bad files refused one by one
// while the rest of the batch goes in, and a WordPress export.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '@/payload-types'

import { formatSummary } from '@/import/cli/formatSummary'
import { resolveImporter } from '@/import/cli/resolveImporter'
import { importBatch } from '@/import/write/importBatch'

import type { TestUser } from '../../helpers/network'

import { bootNetwork } from '../../helpers/bootNetwork'
import { bodyOf, withBlocks } from '../../helpers/lexicalBodies'
import { publishThroughReview } from '../../helpers/publishing'
import { wxrItem, wxrOf } from '../../helpers/wxr'

let folder: string

const suite = bootNetwork({ withServer: false })
beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-import-'))
})
afterAll(async () => {
  fs.rmSync(folder, { force: true, recursive: true })
})

/** Writes files into a fresh sub-folder and returns their paths. */
const write = (files: Record<string, string | Uint8Array>): string[] => {
  const dir = fs.mkdtempSync(path.join(folder, 'batch-'))
  return Object.entries(files).map(([name, content]) => {
    fs.writeFileSync(path.join(dir, name), content)
    return path.join(dir, name)
  })
}
const run = (
  paths: string[],
  { maxBytes = 2 * 1024 * 1024, user = suite.network.users.marketerA }: { maxBytes?: number; user?: TestUser } = {},
) => importBatch({ clinic: suite.network.clinicA, maxBytes, paths, payload: suite.booted.payload, user })
const latest = (id: string) =>
  suite.booted.payload.findByID({
    collection: 'posts',
    depth: 0,
    draft: true,
    id,
    overrideAccess: true,
    trash: true,
  }) as Promise<Post>
const article = (title: string, text: string) => `${title}\n\n${text}\n\nLeave a Comment\n`

describe('who may import', () => {
  it('lets a marketer import into their own clinic and an admin into any', async () => {
    await expect(
      resolveImporter({ clinicSlug: 'clinic-a', email: 'marketer-a@test.example', payload: suite.booted.payload }),
    ).resolves.toMatchObject({ clinic: { id: suite.network.clinicA.id } })
    await expect(
      resolveImporter({ clinicSlug: 'clinic-b', email: 'admin@test.example', payload: suite.booted.payload }),
    ).resolves.toMatchObject({ clinic: { id: suite.network.clinicB.id } })
  })

  it('refuses a marketer another clinic, naming the clinics they may import into', async () => {
    await expect(
      resolveImporter({ clinicSlug: 'clinic-a', email: 'marketer-b@test.example', payload: suite.booted.payload }),
    ).rejects.toThrow(
      '--clinic: marketer-b@test.example may not import into a clinic "clinic-a" (there is none, or they are not one of its marketers). Clinics they may import into: clinic-b.',
    )
  })

  it('refuses an editor (editors review posts; they do not write them) and an unknown account', async () => {
    await expect(
      resolveImporter({ clinicSlug: 'clinic-a', email: 'editor@test.example', payload: suite.booted.payload }),
    ).rejects.toThrow(/editor@test\.example is not a marketer or an admin/)
    await expect(
      resolveImporter({ clinicSlug: 'clinic-a', email: 'nobody@test.example', payload: suite.booted.payload }),
    ).rejects.toThrow('--user: no account has the email nobody@test.example.')
  })
})

describe('bad input', () => {
  it('refuses empty, binary, oversized and unparseable files by name, and imports the rest of the batch', async () => {
    const png = await sharp({ create: { background: '#000', channels: 3, height: 4, width: 4 } })
      .png()
      .toBuffer()
    const paths = write({
      'a-good.txt': article(
        'Ketamine Aftercare Basics',
        'Most people rest for the day after an infusion. It is safe to eat a light meal.',
      ),
      'b-empty.txt': '',
      'c-photo.txt': new Uint8Array(png),
      'd-nul.txt': new Uint8Array([75, 101, 0, 116]),
      'e-big.txt': article('A Big One', 'Ketamine. '.repeat(400)),
      'f-furniture.txt': 'top of page\n\n10 views0 comments\n\nbottom of page\n',
      'g-broken.xml': '<?xml version="1.0"?>\n<rss><channel><item><title>x</title></channel></rss>',
      'h-latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]),
    })
    const outcomes = await run([path.dirname(paths[0]), path.join(folder, 'missing.txt')], { maxBytes: 2000 })
    const byFile = Object.fromEntries(outcomes.map((outcome) => [path.basename(outcome.label), outcome]))
    expect(byFile['a-good.txt']).toMatchObject({ status: 'imported', title: 'Ketamine Aftercare Basics' })
    expect(byFile['a-good.txt'].sentencesFlagged).toBe(2)
    expect(byFile['b-empty.txt']).toMatchObject({ reason: 'the file is empty', status: 'refused' })
    expect(byFile['c-photo.txt']).toMatchObject({
      reason: 'it is a binary file (PNG, image/png), not an article',
      status: 'refused',
    })
    expect(byFile['d-nul.txt']).toMatchObject({ reason: expect.stringContaining('NUL bytes'), status: 'refused' })
    expect(byFile['e-big.txt']).toMatchObject({
      reason: expect.stringMatching(/over the 0\.00 MB limit|over the .* limit/),
      status: 'refused',
    })
    expect(byFile['f-furniture.txt']).toMatchObject({
      reason: expect.stringContaining('could not be read as an article: no article text was found'),
      status: 'refused',
    })
    expect(byFile['g-broken.xml']).toMatchObject({
      reason: expect.stringContaining('not well-formed XML (line'),
      status: 'refused',
    })
    expect(byFile['h-latin1.txt']).toMatchObject({ reason: expect.stringContaining('not UTF-8'), status: 'refused' })
    expect(byFile['missing.txt']).toMatchObject({ reason: 'there is no such file or folder', status: 'refused' })

    const summary = formatSummary({ clinic: 'clinic-a', outcomes, user: 'marketer-a@test.example' })
    expect(summary).toContain(`refused   ${paths[1]}: the file is empty`)
    expect(summary).toMatch(
      /Summary: 1 imported, 0 updated, 0 unchanged, 0 skipped, 8 refused, 0 failed; references: 0 matched in the library, 0 created unvetted; 2 sentences flagged for the editors\./,
    )
  })
})

describe('importing an article again', () => {
  it('updates the same draft when the file changed, keeping it in review', async () => {
    const [first] = write({
      'aftercare.txt': article('Aftercare After Ketamine', 'Rest for the day. Ketamine is safe for most adults.'),
    })
    const [created] = await run([first])
    const [second] = write({
      'aftercare.txt': article(
        'Aftercare After Ketamine Infusions',
        'Rest for the day. Drink water. Ketamine is safe for most adults.',
      ),
    })
    const [updated] = await run([second])
    expect(updated).toMatchObject({ postId: created.postId, status: 'updated' })
    const post = await latest(created.postId as string)
    expect(post).toMatchObject({
      _status: 'draft',
      title: 'Aftercare After Ketamine Infusions',
      workflowState: 'in_review',
    })
    const { docs: events } = await suite.booted.payload.find({
      collection: 'review-events',
      depth: 0,
      overrideAccess: true,
      sort: 'createdAt',
      where: { documentId: { equals: created.postId } },
    })
    expect(events.map((event) => event.action)).toEqual(['import', 'submit', 'import'])
    expect(events[2].note).toContain('Re-imported from aftercare.txt')
  })

  it('leaves a draft edited in Vetted since the import alone, and says why', async () => {
    const [first] = write({ 'edited.txt': article('Edited After Import', 'Rest for the day.') })
    const [created] = await run([first])
    await suite.booted.payload.update({
      collection: 'posts',
      data: { body: bodyOf('A marketer rewrote this.') },
      draft: true,
      id: created.postId as string,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    const [second] = write({ 'edited.txt': article('Edited After Import', 'Rest for two days.') })
    const [again] = await run([second])
    expect(again).toMatchObject({
      reason: expect.stringContaining('edited in Vetted since the last import'),
      status: 'skipped',
    })
    expect(JSON.stringify((await latest(created.postId as string)).body)).toContain('A marketer rewrote this.')
  })

  it('never touches a published post with the same source, and reports it', async () => {
    const written = await suite.booted.payload.create({
      collection: 'posts',
      data: {
        body: withBlocks('Published from the old blog.', {
          blockType: 'citation',
          reference: suite.network.reference.id,
        }),
        clinic: suite.network.clinicA.id,
        importSource: { key: 'file:live.txt' },
        slug: 'live-import',
        title: 'Live',
      },
      draft: true,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    const published = await publishThroughReview({
      editor: suite.network.users.editor,
      id: written.id,
      marketer: suite.network.users.marketerA,
      payload: suite.booted.payload,
    })
    const [file] = write({ 'live.txt': article('Live', 'Completely different text.') })
    const [outcome] = await run([file])
    expect(outcome).toMatchObject({
      postId: published.id,
      reason: expect.stringContaining('published in Vetted'),
      status: 'skipped',
    })
    const after = await latest(published.id)
    expect(after).toMatchObject({ _status: 'published', title: 'Live', updatedAt: published.updatedAt })
  })

  it('skips a post in the trash instead of bringing back a second copy', async () => {
    const [first] = write({ 'trashed.txt': article('Trashed Import', 'Rest.') })
    const [created] = await run([first])
    await suite.booted.payload.update({
      collection: 'posts',
      data: { deletedAt: new Date().toISOString() },
      id: created.postId as string,
      overrideAccess: true,
    })
    const [second] = write({ 'trashed.txt': article('Trashed Import', 'Rest more.') })
    expect((await run([second]))[0]).toMatchObject({
      reason: expect.stringContaining('in the trash'),
      status: 'skipped',
    })
  })

  it('gives a new article a free slug when the clinic already has one', async () => {
    // The test network's clinic A already has a post with the slug "draft-a".
    const [file] = write({
      'clash.txt': article('Draft (A)', 'A clinic post whose title makes the same slug as the fixture draft.'),
    })
    const [outcome] = await run([file])
    expect(outcome).toMatchObject({ status: 'imported' })
    expect((await latest(outcome.postId as string)).slug).toBe('draft-a-2')
  })
})

describe('a WordPress export', () => {
  it('imports each post as a draft with its author, topic and slug, and skips trashed posts', async () => {
    const html =
      '<h2>What to expect</h2>\n\nMost patients feel relaxed.\nSome feel sleepy.\n\n<ul><li>Rest</li><li>Hydrate</li></ul>\n\n<div class="sharedaddy"><h3>Share this:</h3></div>'
    const [file] = write({
      'export.xml': wxrOf(
        [
          wxrItem({ content: html, title: 'Your First Infusion' }),
          wxrItem({ content: 'Gone.', status: 'trash', title: 'Old News' }),
        ].join(''),
      ),
    })
    const outcomes = await run([file])
    expect(outcomes.map(({ label, status }) => ({ label, status }))).toEqual([
      { label: 'export.xml › Old News', status: 'skipped' },
      { label: 'export.xml › Your First Infusion', status: 'imported' },
    ])
    const post = await latest(outcomes[1].postId as string)
    expect(post).toMatchObject({
      _status: 'draft',
      importSource: { key: 'wxr:https://clinic.example/?p=19' },
      slug: 'your-first-infusion',
      topics: [suite.network.topic.id],
      workflowState: 'in_review',
    })
    const author = await suite.booted.payload.findByID({
      collection: 'authors',
      depth: 0,
      id: post.author as string,
      overrideAccess: true,
    })
    expect(author).toMatchObject({ clinic: suite.network.clinicA.id, name: 'Rachel Moss' })
    expect(JSON.stringify(post.body)).not.toContain('Share this')
  })
})

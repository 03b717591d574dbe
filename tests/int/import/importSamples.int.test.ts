// The five sample articles imported into a clinic of a test network, as its marketer: drafts in the editors'
// queue, bodies without furniture, references matched to the library or proposed, every claim flagged.
import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { ImportOutcome } from '@/import/outcome'
import type { Post, Reference } from '@/payload-types'

import { importBatch } from '@/import/write/importBatch'
import { scanLexical } from '@/workflow/claimScanner'
import { lexicalBlocks } from '@/workflow/claimScanner/lexicalBlocks'
import { findLibraryUse } from '@/workflow/libraryUse'

import { bootNetwork } from '../../helpers/bootNetwork'
import { addLibrary } from '../../helpers/library'
import { seedsFolder } from '../../helpers/seeds'

let library: Reference[]
let outcomes: ImportOutcome[]

const importSeeds = (payload: Payload) =>
  importBatch({
    clinic: suite.network.clinicA,
    maxBytes: 2 * 1024 * 1024,
    paths: [seedsFolder],
    payload,
    user: suite.network.users.marketerA,
  })

const suite = bootNetwork({ withServer: false })
beforeAll(async () => {
  library = await addLibrary({ editorId: suite.network.users.editor.id, payload: suite.booted.payload })
  outcomes = await importSeeds(suite.booted.payload)
})

const imported = async (): Promise<Post[]> =>
  (
    await suite.booted.payload.find({
      collection: 'posts',
      depth: 0,
      draft: true,
      limit: 100,
      overrideAccess: true,
      sort: 'importSource.file',
      where: { 'importSource.key': { exists: true } },
    })
  ).docs
const postOf = async (prefix: string) =>
  (await imported()).find((post) => post.importSource?.file?.startsWith(`${prefix}_`)) as Post
const bodyText = (post: Post) =>
  lexicalBlocks(post.body)
    .map((block) => block.text)
    .join('\n')
const unresolved = (post: Post) =>
  scanLexical(post.body)
    .filter((flag) => !flag.isResolved)
    .map((flag) => flag.sentence)

describe('importing the five sample articles', () => {
  it('imports all five as drafts of the clinic, each in review, none published', async () => {
    expect(outcomes.map(({ label, status }) => ({ label: label.split('/').pop()?.slice(0, 3), status }))).toEqual(
      ['000', '001', '002', '003', '004'].map((label) => ({ label, status: 'imported' })),
    )
    const posts = await imported()
    expect(posts).toHaveLength(5)
    for (const post of posts) {
      expect(post).toMatchObject({ _status: 'draft', clinic: suite.network.clinicA.id, workflowState: 'in_review' })
      expect(post.publishedAt ?? null).toBeNull()
    }
    const live = await suite.booted.payload.find({
      collection: 'posts',
      depth: 0,
      overrideAccess: true,
      where: { and: [{ 'importSource.key': { exists: true } }, { _status: { equals: 'published' } }] },
    })
    expect(live.totalDocs).toBe(0)
  })

  it('lands them in the editors’ queue, with an import and a submit event naming the file', async () => {
    const queue = await suite.booted.payload.find({
      collection: 'posts',
      depth: 0,
      draft: true,
      limit: 100,
      overrideAccess: false,
      user: suite.network.users.editor,
      where: { workflowState: { equals: 'in_review' } },
    })
    const post = await postOf('001')
    expect(queue.docs.map((doc) => doc.id)).toContain(post.id)
    const { docs: events } = await suite.booted.payload.find({
      collection: 'review-events',
      depth: 0,
      overrideAccess: true,
      sort: 'createdAt',
      where: { documentId: { equals: post.id } },
    })
    expect(events.map((event) => event.action)).toEqual(['import', 'submit'])
    expect(events[0]).toMatchObject({
      actor: suite.network.users.marketerA.id,
      note: expect.stringContaining('Imported from 001_fbc5f75786c1f9dd.txt'),
    })
    expect(events[1].note).toMatch(
      /^Imported from 001_fbc5f75786c1f9dd\.txt: \d+ flagged sentence\(s\) to check; 6 new reference\(s\) to vet, 8 matched in the library\.$/,
    )
  })

  it('keeps page furniture, banners, bylines and author boxes out of every body', async () => {
    for (const post of await imported()) {
      const text = bodyText(post)
      for (const furniture of [
        'top of page',
        'bottom of page',
        'views',
        'Leave a Comment',
        'Popular Blog Posts',
        '1200 630',
        'Article by',
        'Are you in a crisis',
        'By Tessa Eskin',
        'friends having fun',
      ]) {
        expect(text, `${post.importSource?.file}: ${furniture}`).not.toContain(furniture)
      }
    }
    expect(bodyText(await postOf('004'))).toContain(
      'with the introduction of ketamine. Originally developed as an anesthetic',
    )
  })

  it('keeps headings, lists and the title as structure', async () => {
    const post = await postOf('004')
    expect(post.title).toBe('The Revolutionary Impact of Ketamine on Mental Health')
    const types = (post.body?.root.children ?? []).map((node) =>
      node.type === 'heading' ? (node as { tag?: string }).tag : node.type,
    )
    expect(types.filter((type) => type === 'h2')).toHaveLength(5)
    expect(types.filter((type) => type === 'list')).toHaveLength(3)
  })

  it('matches seed 001’s studies to the library and proposes the rest, news as news with summaries, each cited by the post', async () => {
    const post = await postOf('001')
    const cited = findLibraryUse(post.body).referenceIds
    expect(cited).toHaveLength(14)
    expect(post.citedReferences).toEqual(cited)
    const references = (
      await suite.booted.payload.find({
        collection: 'references',
        depth: 0,
        limit: 100,
        overrideAccess: true,
        where: { id: { in: cited } },
      })
    ).docs
    const byTitle = new Map(references.map((reference) => [reference.title, reference]))
    const libraryIds = new Set(library.map((reference) => reference.id))

    const matchedTitles = [
      'Ketamine: a paradigm shift for depression research and treatment',
      'Antidepressant efficacy of ketamine in treatment-resistant major depression: a two-site randomized controlled trial',
      'Small-dose ketamine improves the postoperative state of depressed patients',
      'A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression',
      'Ketamine and beyond: investigations into the potential of glutamatergic agents to treat depression',
      'Ketamine: 50 years of modulating the mind',
      'Ketamine for social anxiety disorder: a randomized, placebo-controlled crossover trial',
      'Safety of repeated administration of parenteral ketamine for depression',
    ]
    for (const title of matchedTitles) expect(libraryIds.has(byTitle.get(title)?.id as string), title).toBe(true)

    const proposed = references.filter((reference) => !libraryIds.has(reference.id))
    expect(proposed).toHaveLength(6)
    for (const reference of proposed)
      expect(reference).toMatchObject({ proposedBy: suite.network.users.marketerA.id, vettingStatus: 'unvetted' })
    const studies = references.filter((reference) => reference.kind !== 'news')
    const news = references.filter((reference) => reference.kind === 'news')
    expect(studies).toHaveLength(10)
    for (const study of studies)
      expect(['study', 'trial', 'review', 'meta-analysis', 'observational', 'preclinical']).toContain(study.kind)
    expect(news.map((reference) => reference.title).sort()).toEqual([
      'Ketamine monotherapy reduces suicidal ideation in adults with depression',
      'Ketamine: A Promising Novel Therapy for Anxiety and PTSD',
      'Mayo Clinic Minute: How esketamine can help severe depression',
      'Researchers Are Closer to Explaining How Ketamine Treats Depression',
    ])
    for (const item of news) expect(item.summary?.length, item.title).toBeGreaterThan(40)
    expect(byTitle.get('Mayo Clinic Minute: How esketamine can help severe depression')).toMatchObject({
      journal: 'Mayo Clinic News Network',
    })
    expect(byTitle.get('Ketamine: A Promising Novel Therapy for Anxiety and PTSD')?.summary).toMatch(
      /^Ketamine was originally approved by the FDA as an anesthetic/,
    )
  })

  it('flags each statistic and regulatory statement of the samples as unresolved', async () => {
    const expected: Record<string, RegExp[]> = {
      '000': [
        /In 2019, the FDA approved Ketamin’s use in treating depression\./,
        /lessen depression symptoms in 70% of patients/,
        /extremely safe and effective/,
      ],
      '001': [
        /only 0\.7% of patients experienced adverse effects/,
        /bladder dysfunction \(0\.1%\)/,
        /approved by the FDA/,
        /one in five prescriptions/,
      ],
      '002': [
        /over 264 million people worldwide/,
        /over 50% of patients showed a decrease/,
        /response rate of up to 70%/,
        /studies show that ketamine can successfully reduce/,
      ],
      '003': [/the most powerful antidepressant yet invented/, /minimal side effect profile/],
      '004': [/has been approved by the FDA for treatment-resistant depression/, /the FDA recently rejected MDMA/],
    }
    for (const [prefix, patterns] of Object.entries(expected)) {
      const flagged = unresolved(await postOf(prefix))
      for (const pattern of patterns)
        expect(
          flagged.some((sentence) => pattern.test(sentence)),
          `${prefix}: ${pattern}`,
        ).toBe(true)
    }
    const total = outcomes.reduce((sum, outcome) => sum + outcome.sentencesFlagged, 0)
    expect(total).toBe((await imported()).reduce((sum, post) => sum + unresolved(post).length, 0))
  })

  it('makes or matches the authors of the clinic, keeping the author box’s bio', async () => {
    const post = await postOf('002')
    const { docs: authors } = await suite.booted.payload.find({
      collection: 'authors',
      depth: 0,
      overrideAccess: true,
      where: { clinic: { equals: suite.network.clinicA.id } },
    })
    const tessa = authors.find((author) => author.name === 'Tessa Eskin')
    const taylor = authors.find((author) => author.name === 'Taylor Carter')
    expect(post.author).toBe(tessa?.id)
    expect(taylor).toMatchObject({
      jobTitle: 'Senior Marketing Manager',
      bio: expect.stringMatching(/^Taylor Carter is a dynamic/),
    })
    expect(outcomes[2].notes.join('\n')).toContain('Crisis banner “Call or text 988” recognised')
  })
})

describe('importing again', () => {
  it('changes nothing when the files are unchanged: no new post, no new version', async () => {
    const before = await imported()
    const versions = await suite.booted.payload.countVersions({ collection: 'posts', overrideAccess: true })
    const again = await importSeeds(suite.booted.payload)
    expect(again.map((outcome) => outcome.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ])
    expect((await imported()).map((post) => [post.id, post.updatedAt])).toEqual(
      before.map((post) => [post.id, post.updatedAt]),
    )
    expect(await suite.booted.payload.countVersions({ collection: 'posts', overrideAccess: true })).toEqual(versions)
  })
})

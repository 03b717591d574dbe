// The library's pickers: each reference and claim reads with what a writer needs to choose it (authors, journal,
// year, study type, vetting status; a claim's status), derived on save and never written by anyone; a search
// matches word starts, over REST as the admin's picker sends it; writers are offered only claims a post may use.
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { offeredClaims } from '@/fields/postEditor'
import { fillMissingPickerText } from '@/plugins/libraryPickers'

import type { TestUser } from '../../helpers/network'

import { restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { withBlocks } from '../../helpers/lexicalBodies'
import { rawSql } from '../../helpers/rawSql'

const suite = bootNetwork()
const unique = () => Math.random().toString(36).slice(2, 8)

/** The picker's own request: GET /api/references with the search on the title it shows, only that field selected. */
const pickerSearch = async (user: TestUser, collection: 'claims' | 'references', search: string) => {
  const actor = await restActor({ baseUrl: suite.booted.baseUrl, user })
  const found = await actor.find(collection, { pickerLabel: { like: search } })
  expect(found.status).toBe(200)
  return found.ids
}

const proposeReference = async (title: string, extra: Record<string, unknown> = {}) => {
  const actor = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
  const created = await actor.create('references', { kind: 'trial', title, ...extra })
  expect(created.status, JSON.stringify(created.data)).toBe(201)
  return created.ids[0]
}

const labelOf = async (collection: 'claims' | 'references', id: string) =>
  String(
    (
      (await suite.booted.payload.findByID({ collection, id, overrideAccess: true, trash: true })) as {
        pickerLabel?: string
      }
    ).pickerLabel,
  )

describe('library pickers', () => {
  it('shows a reference with its short authors, journal, year, study type and status, and follows its vetting', async () => {
    const tag = unique()
    const id = await proposeReference(`Ketamine for depression ${tag}`, {
      authors: [
        { family: 'Anand', given: 'Amit' },
        { family: 'Mathew', given: 'Sanjay J' },
        { family: 'Sanacora', given: 'G' },
      ],
      journal: 'N Engl J Med',
      year: 2023,
    })
    expect(await labelOf('references', id)).toBe(
      `Ketamine for depression ${tag} — Anand A, et al. N Engl J Med. 2023 · Randomised trial · Unvetted`,
    )

    // A proposer cannot dress their own entry up as vetted: the label is derived, whatever is sent.
    const marketer = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    const forged = await marketer.update('references', id, { pickerLabel: 'Vetted by the FDA', searchWords: ' fda' })
    expect(forged.status).toBe(200)
    expect(await labelOf('references', id)).toMatch(/· Unvetted$/)
    expect(await pickerSearch(suite.network.users.marketerA, 'references', 'fda')).not.toContain(id)

    const editor = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.editor })
    expect((await editor.update('references', id, { vettingStatus: 'vetted' })).status).toBe(200)
    expect(await labelOf('references', id)).toMatch(/· Randomised trial · Vetted$/)
  })

  it('matches the starts of words, not pieces of them, by title, author or journal', async () => {
    const tag = unique()
    const ect = await proposeReference(`Ketamine versus ECT in ${tag} patients`, {
      authors: [{ family: 'Anand', given: 'A' }],
    })
    const sideEffects = await proposeReference(`Side effects of ketamine infusions in ${tag} patients`)
    const depression = await proposeReference(`Esketamine in treatment-resistant depression ${tag}`, {
      journal: 'Am J Psychiatry',
    })
    const { marketerA } = suite.network.users

    const forEct = await pickerSearch(marketerA, 'references', `ECT ${tag}`)
    expect(forEct).toContain(ect)
    expect(forEct).not.toContain(sideEffects)
    // A word's start finds it, every word must be found, and authors and journals count.
    expect(await pickerSearch(marketerA, 'references', `depress ${tag}`)).toEqual([depression])
    expect(await pickerSearch(marketerA, 'references', `ketamine ${tag}`)).toEqual(
      expect.arrayContaining([ect, sideEffects]),
    )
    expect(await pickerSearch(marketerA, 'references', `anand ${tag}`)).toEqual([ect])
    expect(await pickerSearch(marketerA, 'references', `psychiatry ${tag}`)).toEqual([depression])
    expect(await pickerSearch(marketerA, 'references', `effects ${tag}`)).toEqual([sideEffects])
    // The list view's search on the title follows the same rule.
    const actor = await restActor({ baseUrl: suite.booted.baseUrl, user: marketerA })
    expect((await actor.find('references', { title: { like: `ECT ${tag}` } })).ids).toEqual([ect])
  })

  it('shows a claim with its status, and finds it by its words', async () => {
    const tag = unique()
    const editor = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.editor })
    const created = await editor.create('claims', {
      reReviewBy: '2030-06-01T00:00:00.000Z',
      statement: `Most ${tag} patients tolerate infusions well.`,
      status: 'approved',
      supportingReferences: [suite.network.reference.id],
    })
    expect(created.status, JSON.stringify(created.data)).toBe(201)
    const [id] = created.ids
    expect(await labelOf('claims', id)).toBe(
      `Most ${tag} patients tolerate infusions well. · Approved · re-review by 2030-06-01`,
    )
    expect(await pickerSearch(suite.network.users.marketerA, 'claims', `toler ${tag}`)).toEqual([id])
    expect(await pickerSearch(suite.network.users.marketerA, 'claims', `ate ${tag}`)).toEqual([])
  })

  it('fills in the label and search words of entries saved before they existed, and finds them meanwhile', async () => {
    const tag = unique()
    const id = await proposeReference(`Ketamine and ECT compared ${tag}`)
    await rawSql(
      suite.booted.payload,
      `UPDATE "references" SET picker_label = NULL, search_words = NULL WHERE id = '${id}'`,
    )
    // Until then, a row without search words is found as Payload would find it.
    expect(await pickerSearch(suite.network.users.marketerA, 'references', `ECT ${tag}`)).toEqual([])
    const actor = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    expect((await actor.find('references', { title: { like: `ECT ${tag}` } })).ids).toEqual([id])

    await fillMissingPickerText(suite.booted.payload)
    expect(await labelOf('references', id)).toBe(`Ketamine and ECT compared ${tag} · Randomised trial · Unvetted`)
    expect(await pickerSearch(suite.network.users.marketerA, 'references', `ECT ${tag}`)).toEqual([id])
  })

  it('offers writers only the claims a post may use now, and the one their block already holds', async () => {
    const { payload } = suite.booted
    const tag = unique()
    const claimIn = async (status: string, reReviewBy?: string) =>
      (
        await payload.create({
          collection: 'claims',
          data: {
            reReviewBy,
            statement: `Claim ${status} ${tag}.`,
            status,
            supportingReferences: [suite.network.reference.id],
          } as never,
          overrideAccess: true,
        })
      ).id
    const approved = await claimIn('approved', '2030-01-01T00:00:00.000Z')
    const expired = await claimIn('approved', '2020-01-01T00:00:00.000Z')
    const pending = await claimIn('pending')
    const retired = await claimIn('retired')
    const ofTag = { statement: { like: tag } }
    const offeredTo = async (user: TestUser, holding?: string) => {
      const req = await createLocalReq({ user }, payload)
      const where = await offeredClaims({
        blockData: {},
        data: {},
        id: undefined,
        relationTo: 'claims',
        req,
        siblingData: { claim: holding },
        user,
      } as never)
      const { docs } = await payload.find({
        collection: 'claims',
        overrideAccess: true,
        where: where === true ? ofTag : { and: [ofTag, where as never] },
      })
      return docs.map((doc) => doc.id).sort()
    }
    expect(await offeredTo(suite.network.users.marketerA)).toEqual([approved])
    expect(await offeredTo(suite.network.users.marketerA, retired)).toEqual([approved, retired].sort())
    expect(await offeredTo(suite.network.users.editor)).toEqual([approved, expired, pending, retired].sort())

    // What the picker offers is no rule of what a draft may hold: one holding a claim trashed since still saves.
    const post = await payload.create({
      collection: 'posts',
      data: {
        body: withBlocks('Infusions are well tolerated.', { blockType: 'claim', claim: retired }),
        clinic: suite.network.clinicA.id,
        slug: `picker-${tag}`,
        title: 'Picker test',
      },
      draft: true,
      overrideAccess: false,
      user: suite.network.users.marketerA,
    })
    await payload.update({
      collection: 'claims',
      data: { deletedAt: new Date().toISOString() },
      id: retired,
      overrideAccess: true,
    })
    const marketer = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    const saved = await marketer.update('posts', post.id, { title: 'Picker test, again' })
    expect(saved.status, JSON.stringify(saved.data)).toBe(200)
  })
})

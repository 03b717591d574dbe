// The shared library: DOIs and PMIDs stored in one spelling, never twice, and vetting kept to editors.
import { describe, expect, it } from 'vitest'

import { restActor } from '../../helpers/actors'
import { bootNetwork } from '../../helpers/bootNetwork'
import { expectInvalid, restFieldErrors } from '../../helpers/validation'

const suite = bootNetwork()

const create = (data: Record<string, unknown>) =>
  suite.booted.payload.create({ collection: 'references', data: data as never, overrideAccess: true })

describe('identifiers', () => {
  it('stores a DOI pasted as a link in its canonical lower-case form', async () => {
    const reference = await create({
      doi: ' https://doi.org/10.1176/APPI.AJP.2017.17040472 ',
      kind: 'meta-analysis',
      title: 'Single-dose ketamine and suicidal ideation',
    })
    expect(reference.doi).toBe('10.1176/appi.ajp.2017.17040472')
  })

  it('stores a PMID given with its label or as a PubMed link as digits', async () => {
    const labelled = await create({
      kind: 'trial',
      pmid: 'PMID: 10686270',
      title: 'Antidepressant effects of ketamine in depressed patients',
    })
    expect(labelled.pmid).toBe('10686270')
    const linked = await create({
      kind: 'review',
      pmid: 'https://pubmed.ncbi.nlm.nih.gov/30844397/',
      title: 'Ketamine: a paradigm shift',
    })
    expect(linked.pmid).toBe('30844397')
  })

  it('refuses a second record of the same DOI, naming the first, and creates nothing', async () => {
    const before = await suite.booted.payload.count({ collection: 'references', overrideAccess: true })
    const errors = await expectInvalid(() =>
      create({ doi: 'doi:10.1056/nejmoa2302399', kind: 'trial', title: 'Duplicate of the ECT trial' }),
    )
    expect(errors).toEqual([
      {
        message: expect.stringContaining('Ketamine versus ECT for nonpsychotic treatment-resistant major depression'),
        path: 'doi',
      },
    ])
    expect(await suite.booted.payload.count({ collection: 'references', overrideAccess: true })).toEqual(before)
  })

  it('refuses a duplicate PMID over REST with a 400 that names the field', async () => {
    await create({ kind: 'trial', pmid: '37224232', title: 'First record' })
    const rest = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    const result = await rest.create('references', { kind: 'trial', pmid: 'PMID:37224232', title: 'Second record' })
    expect(result.status).toBe(400)
    expect(restFieldErrors(result.data)).toEqual([{ message: expect.stringContaining('"First record"'), path: 'pmid' }])
  })

  it.each([
    ['doi', 'not-a-doi', 'DOI'],
    ['pmid', '12ab', 'PubMed ID'],
    ['url', 'javascript:alert(1)', 'URL'],
  ])('refuses an invalid %s (%s) with a message naming it', async (field, value, label) => {
    const errors = await expectInvalid(() => create({ kind: 'study', title: 'Bad identifier', [field]: value }))
    expect(errors).toEqual([{ message: expect.stringContaining(label), path: field }])
  })

  it('lets the same reference be edited without tripping over its own DOI', async () => {
    const updated = await suite.booted.payload.update({
      collection: 'references',
      data: { summary: 'Non-inferior to ECT.' },
      id: suite.network.reference.id,
      overrideAccess: true,
    })
    expect(updated.summary).toBe('Non-inferior to ECT.')
  })
})

describe('proposals and vetting', () => {
  it('records the marketer as proposer and keeps their proposal unvetted, whatever they send', async () => {
    const rest = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    const result = await rest.create('references', {
      kind: 'news',
      title: 'A news story',
      vettingStatus: 'vetted',
      proposedBy: suite.network.users.editor.id,
      url: 'https://example.com/story',
    })
    expect(result.isAllowed).toBe(true)
    const stored = await suite.booted.payload.findByID({
      collection: 'references',
      depth: 0,
      id: result.ids[0],
      overrideAccess: true,
    })
    expect(stored.vettingStatus).toBe('unvetted')
    expect(stored.proposedBy).toBe(suite.network.users.marketerA.id)
  })

  it('names the proposer to editors and to the proposer only, not to another clinic’s marketer', async () => {
    const proposer = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    const {
      ids: [id],
    } = await proposer.create('references', {
      kind: 'news',
      title: 'A vetted story',
      url: 'https://example.com/vetted',
    })
    await suite.booted.payload.update({
      collection: 'references',
      data: { vettingStatus: 'vetted' },
      id,
      overrideAccess: false,
      user: suite.network.users.editor,
    })
    const proposerOf = async (user: (typeof suite.network.users)[keyof typeof suite.network.users]) => {
      const rest = await restActor({ baseUrl: suite.booted.baseUrl, user })
      const found = await rest.findByID('references', id)
      expect(found.isAllowed).toBe(true)
      return (found.data as { proposedBy?: unknown }).proposedBy
    }
    expect(await proposerOf(suite.network.users.editor)).toMatchObject({ id: suite.network.users.marketerA.id })
    expect(await proposerOf(suite.network.users.marketerA)).toMatchObject({ id: suite.network.users.marketerA.id })
    expect(await proposerOf(suite.network.users.marketerB)).toBeUndefined()
  })

  it('lets the proposer edit an unvetted proposal but not once an editor has vetted it', async () => {
    const rest = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    const {
      ids: [id],
    } = await rest.create('references', { kind: 'study', title: 'Draft title' })
    expect((await rest.update('references', id, { title: 'Better title' })).isAllowed).toBe(true)
    await suite.booted.payload.update({
      collection: 'references',
      data: { vettingStatus: 'vetted' },
      id,
      overrideAccess: true,
    })
    const refused = await rest.update('references', id, { title: 'Sneaky change after vetting' })
    expect(refused.isAllowed).toBe(false)
    expect((await suite.booted.payload.findByID({ collection: 'references', id, overrideAccess: true })).title).toBe(
      'Better title',
    )
  })

  it("does not let a marketer edit someone else's unvetted proposal", async () => {
    const other = await suite.booted.payload.create({
      collection: 'references',
      data: { kind: 'study', title: 'Proposed by B' },
      overrideAccess: true,
      user: suite.network.users.marketerB,
    })
    const rest = await restActor({ baseUrl: suite.booted.baseUrl, user: suite.network.users.marketerA })
    expect((await rest.update('references', other.id, { title: 'Taken over' })).isAllowed).toBe(false)
  })
})

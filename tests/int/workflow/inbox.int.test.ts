// The inbox on each role's dashboard (and the editors' review queue, which renders the same sections): what waits
// for the user, with the clinic, who submitted it and what still stands in the way, and nothing of another clinic.
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { loadInbox } from '@/inbox/loadInbox'

import type { TestUser } from '../../helpers/network'

import { bootNetwork } from '../../helpers/bootNetwork'
import { bodyOf, withBlocks } from '../../helpers/lexicalBodies'
import { workflowActor } from '../../helpers/workflowActions'

const suite = bootNetwork()

const act = async (user: TestUser, id: string, action: string, body: Record<string, unknown> = {}) => {
  const answer = await workflowActor(() => suite.booted.baseUrl)(user, id, action, body)
  expect(answer.status, `${action}: ${JSON.stringify(answer.body)}`).toBe(200)
}

const draftOf = (clinic: 'A' | 'B', title: string, body = bodyOf('Call us on weekdays to book a first visit.')) =>
  suite.booted.payload.create({
    collection: 'posts',
    data: {
      body,
      clinic: clinic === 'A' ? suite.network.clinicA.id : suite.network.clinicB.id,
      slug: `inbox-${Math.random().toString(36).slice(2, 8)}`,
      title,
    },
    draft: true,
    overrideAccess: false,
    user: clinic === 'A' ? suite.network.users.marketerA : suite.network.users.marketerB,
  })

const inboxOf = async (user: TestUser) =>
  Object.fromEntries(
    (await loadInbox(await createLocalReq({ user }, suite.booted.payload))).sections.map((section) => [
      section.id,
      section,
    ]),
  )

const titles = (section: { items: { title: string }[] } | undefined) => section?.items.map(({ title }) => title) ?? []

describe('the inbox', () => {
  it('shows a marketer their clinic’s posts that wait for them, with what stands in the way, and no other clinic’s', async () => {
    await draftOf('A', 'Flagged draft of A', bodyOf('Ketamine helps 70% of patients.'))
    await draftOf('A', 'Clean draft of A')
    const sentBack = await draftOf('A', 'Sent back post of A')
    await act(suite.network.users.marketerA, sentBack.id, 'submit')
    await act(suite.network.users.editor, sentBack.id, 'request-changes', { note: 'Cite the trial.' })
    const ready = await draftOf(
      'A',
      'Ready post of A',
      withBlocks('Sessions last about forty minutes.', {
        blockType: 'citation',
        reference: suite.network.reference.id,
      }),
    )
    await act(suite.network.users.marketerA, ready.id, 'submit')
    await act(suite.network.users.editor, ready.id, 'sign-off')
    const ofB = await draftOf('B', 'Sent back post of B')
    await act(suite.network.users.marketerB, ofB.id, 'submit')
    await act(suite.network.users.editor, ofB.id, 'request-changes', { note: 'Cite it.' })

    const inbox = await inboxOf(suite.network.users.marketerA)
    expect(Object.keys(inbox)).toEqual(['changes-requested', 'ready', 'blocked-drafts', 'alerts'])
    expect(titles(inbox['changes-requested'])).toEqual(['Sent back post of A'])
    expect(inbox['changes-requested'].total).toBe(1)
    expect(inbox['changes-requested'].items[0]).toMatchObject({
      clinic: 'Clinic A',
      href: `/admin/collections/posts/${sentBack.id}`,
      submitter: suite.network.users.marketerA.name,
    })
    expect(titles(inbox.ready)).toEqual(['Ready post of A'])
    // A draft is listed for what it must fix before a sign-off, not merely for not being signed off yet.
    expect(titles(inbox['blocked-drafts'])).toContain('Flagged draft of A')
    expect(titles(inbox['blocked-drafts'])).not.toContain('Clean draft of A')
    expect(inbox['blocked-drafts'].items.find(({ title }) => title === 'Flagged draft of A')?.flags).toBe(1)

    const ofClinicB = await inboxOf(suite.network.users.marketerB)
    expect(titles(ofClinicB['changes-requested'])).toEqual(['Sent back post of B'])
    for (const section of Object.values(ofClinicB)) expect(titles(section).join()).not.toMatch(/of A/)
  })

  it('shows an editor every clinic’s posts in review with the submitter and when they were submitted', async () => {
    const waiting = await draftOf('B', 'Waiting post of B', bodyOf('Ketamine helps 70% of patients.'))
    const before = Date.now()
    await act(suite.network.users.marketerB, waiting.id, 'submit')
    const inbox = await inboxOf(suite.network.users.editor)
    expect(Object.keys(inbox)).toEqual(['assigned', 'in-review', 'alerts', 'claims', 'references'])
    const item = inbox['in-review'].items.find(({ title }) => title === 'Waiting post of B')
    expect(item).toMatchObject({ clinic: 'Clinic B', flags: 1, submitter: suite.network.users.marketerB.name })
    expect(new Date(item?.since ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(inbox['in-review'].total).toBeGreaterThanOrEqual(1)
    expect(titles(inbox.assigned)).toEqual([])

    // Taken by the editor, it moves to their own section and out of the pool.
    await act(suite.network.users.editor, waiting.id, 'assign', { editor: suite.network.users.editor.id })
    const taken = await inboxOf(suite.network.users.editor)
    expect(titles(taken.assigned)).toEqual(['Waiting post of B'])
    expect(titles(taken['in-review'])).not.toContain('Waiting post of B')
    // An admin, never assigned, sees every post in review in one section.
    const ofAdmin = await inboxOf(suite.network.users.admin)
    expect(Object.keys(ofAdmin)).toEqual(['in-review', 'alerts', 'claims', 'references'])
    expect(titles(ofAdmin['in-review'])).toContain('Waiting post of B')
  })
})

// The editor's preview: the latest saved version of a post rendered by the delivery renderer, for whoever may read
// the post, with the clinic's crisis line and disclaimer and notes on what the site would leave out.
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { renderPreview } from '@/preview/renderPreview'
import { signOffPost, submitForReview } from '@/workflow/postActions'

import type { TestUser } from '../../helpers/network'

import { bootNetwork } from '../../helpers/bootNetwork'
import { withBlocks } from '../../helpers/lexicalBodies'

const suite = bootNetwork({ withServer: false })

const disclaimer = 'This article is general information, not medical advice.'
const crisisLine = 'In crisis? Call or text 988, any hour.'
const hostileTitle = '<script>alert("x")</script> Ketamine & <b>you</b>'
const pendingStatement = 'Ketamine cures depression in a week.'

const previewAs = async (user: null | TestUser, id: string) =>
  renderPreview({ id, req: await createLocalReq({ user: user ?? undefined }, suite.booted.payload) })

let postId = ''

beforeAll(async () => {
  const payload: Payload = suite.booted.payload
  const { claim, clinicA, reference, users } = suite.network
  await payload.update({
    collection: 'clinics',
    data: { crisisLine, disclaimer },
    id: clinicA.id,
    overrideAccess: true,
  })
  const pending = await payload.create({
    collection: 'claims',
    data: { statement: pendingStatement, status: 'pending', supportingReferences: [reference.id] },
    overrideAccess: true,
  })
  const written = await payload.create({
    collection: 'posts',
    data: {
      body: withBlocks(
        'A sentence that cites.',
        { blockType: 'citation', reference: reference.id },
        { blockType: 'claim', claim: claim.id },
        { blockType: 'claim', claim: pending.id },
      ),
      clinic: clinicA.id,
      excerpt: 'What the trial found.',
      slug: 'preview-me',
      title: hostileTitle,
    },
    draft: true,
    overrideAccess: false,
    user: users.marketerA,
  })
  postId = written.id
})

describe('the preview of a post', () => {
  it('renders the claim in its approved wording, numbered citations and the reference list', async () => {
    const preview = await previewAs(suite.network.users.marketerA, postId)
    expect(preview).not.toBeNull()
    const html = preview?.html ?? ''
    expect(html).toContain(
      `<span class="claim" data-claim="${suite.network.claim.id}">${suite.network.claim.statement}`,
    )
    // The citation and the claim rest on the same work: one number, marked twice.
    expect(html).toContain('<sup class="citation"><a href="#ref-1" id="cite-1-1">1</a></sup>')
    expect(html).toContain('<a href="#ref-1" id="cite-1-2">1</a>')
    expect(html).toMatch(/<li id="ref-1" value="1">[^<]*Ketamine versus ECT for nonpsychotic/)
    expect(preview?.article.references.map((entry) => entry.id)).toEqual([suite.network.reference.id])
  })

  it('shows the clinic’s crisis line and disclaimer, and marks itself a preview', async () => {
    const html = (await previewAs(suite.network.users.marketerA, postId))?.html ?? ''
    expect(html).toContain(`<aside class="crisis-line" data-testid="crisis-line"><strong>${crisisLine}</strong>`)
    expect(html).toContain('href="tel:988"')
    expect(html).toContain(`<footer class="disclaimer" data-testid="disclaimer">${disclaimer}</footer>`)
    expect(html).toContain('<strong>Preview</strong>')
    expect(html).toContain('This is not what is live.')
  })

  it('leaves out a claim that is not approved, as the site does, and says so', async () => {
    const preview = await previewAs(suite.network.users.marketerA, postId)
    expect(preview?.article.html).not.toContain(pendingStatement)
    expect(preview?.notes).toContainEqual(expect.stringContaining(`“${pendingStatement}” is pending, not approved`))
    expect(preview?.notes).toContainEqual(expect.stringContaining('no medical reviewer box'))
    expect(preview?.notes).toContainEqual(expect.stringContaining('no site address'))
  })

  it('escapes HTML in the title', async () => {
    const html = (await previewAs(suite.network.users.marketerA, postId))?.html ?? ''
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<b>you</b>')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Ketamine &amp; &lt;b&gt;you&lt;/b&gt;')
  })

  it('shows the latest saved version, not the live one', async () => {
    // The network's published post of clinic A has a later draft whose title is "Unpublished edit a".
    const preview = await previewAs(suite.network.users.marketerA, suite.network.a.published.id)
    expect(preview?.article.title).toBe('Unpublished edit a')
  })

  it('shows the medical reviewer once an editor has signed the version off', async () => {
    const { payload } = suite.booted
    const { editor, marketerA } = suite.network.users
    const written = await payload.create({
      collection: 'posts',
      data: {
        body: withBlocks('A sentence that cites.', { blockType: 'citation', reference: suite.network.reference.id }),
        clinic: suite.network.clinicA.id,
        slug: 'preview-signed',
        title: 'Signed off',
      },
      draft: true,
      overrideAccess: false,
      user: marketerA,
    })
    await submitForReview({ id: written.id, req: await createLocalReq({ user: marketerA }, payload) })
    await signOffPost({ id: written.id, note: 'Checked.', req: await createLocalReq({ user: editor }, payload) })
    const preview = await previewAs(marketerA, written.id)
    expect(preview?.html).toContain('<section class="medical-reviewer" data-testid="medical-reviewer">')
    expect(preview?.article.medicalReviewer?.name).toBe(editor.name)
    expect(preview?.notes).not.toContainEqual(expect.stringContaining('no medical reviewer box'))
  })
})

describe('who may preview', () => {
  it('lets editors and admins preview any clinic’s post', async () => {
    expect(await previewAs(suite.network.users.editor, postId)).not.toBeNull()
    expect(await previewAs(suite.network.users.admin, postId)).not.toBeNull()
  })

  it('refuses marketer B a post of clinic A, and anyone signed out', async () => {
    expect(await previewAs(suite.network.users.marketerB, postId)).toBeNull()
    expect(await previewAs(null, postId)).toBeNull()
  })

  it('answers nothing for an id that is no post', async () => {
    expect(await previewAs(suite.network.users.admin, 'not-a-post')).toBeNull()
    expect(await previewAs(suite.network.users.admin, '00000000-0000-4000-8000-000000000000')).toBeNull()
  })
})

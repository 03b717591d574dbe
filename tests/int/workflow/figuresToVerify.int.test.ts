// "To verify": a statistic or efficacy sentence resolved by a citation waits for the editor, who must tick it in the
// sign-off checklist once the source has been read. The server refuses a sign-off that leaves one unticked (a
// figure cited to an unrelated paper is still cited), and the sign-off's note records what was checked.
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Post } from '@/payload-types'

import { scanLexical } from '@/workflow/claimScanner'
import { loadShownContent } from '@/workflow/loadShownContent'
import { signOffChecklist } from '@/workflow/signOffChecklist'

import { bootNetwork } from '../../helpers/bootNetwork'
import { bodyOfNodes, withBlocks } from '../../helpers/lexicalBodies'
import { workflowActor } from '../../helpers/workflowActions'

const suite = bootNetwork()
const act = workflowActor(() => suite.booted.baseUrl)

const figure = 'About 70% of patients respond within a week.'
const comparison = 'Ketamine was compared with ECT in one large trial.'
const carried = 'Ketamine was non-inferior to ECT in one large trial.'

/** One paragraph per sentence: a cited figure, a cited comparison, and a figure carried by an approved claim. */
const bodyOfThree = () => {
  const paragraphOf = (body: Post['body']) => (body as unknown as { root: { children: never[] } }).root.children[0]
  const cite = { blockType: 'citation', reference: suite.network.reference.id }
  return bodyOfNodes(
    paragraphOf(withBlocks(figure, cite)),
    paragraphOf(withBlocks(comparison, cite)),
    paragraphOf(withBlocks(carried, { blockType: 'claim', claim: suite.network.claim.id })),
  )
}

const postInReview = async () => {
  const body = bodyOfThree()
  const post = await suite.booted.payload.create({
    collection: 'posts',
    data: {
      body,
      clinic: suite.network.clinicA.id,
      slug: `verify-${Math.random().toString(36).slice(2, 8)}`,
      title: 'What the trials found',
    },
    draft: true,
    overrideAccess: false,
    user: suite.network.users.marketerA,
  })
  expect((await act(suite.network.users.marketerA, post.id, 'submit')).status).toBe(200)
  const keyOf = (sentence: string) => scanLexical(body).find((flag) => flag.sentence === sentence)?.key
  return { keyOf, post }
}

describe('cited figures to verify at sign-off', () => {
  it('refuses a sign-off until the editor ticks the cited figure, naming it and its source, and changes nothing', async () => {
    const { keyOf, post } = await postInReview()
    const figureKey = keyOf(figure)
    expect(figureKey, 'the scanner flags the figure').toBeTruthy()

    const refused = await act(suite.network.users.editor, post.id, 'sign-off', { note: 'Looks right.' })
    expect(refused.status).toBe(409)
    const message = refused.body.errors?.[0]?.message ?? ''
    expect(message).toContain('“What the trials found” cannot be signed off yet')
    expect(message).toContain(`“${figure}” is cited to “${suite.network.reference.title}”`)
    // Only the figure: the comparison is cited but asserts no number or effect, and the claim was checked when approved.
    expect(message).not.toContain(comparison)
    expect(message).not.toContain(carried)
    expect(refused.body.errors?.[0]?.data).toEqual({ toVerify: [figureKey] })
    const unchanged = await suite.booted.payload.findByID({ collection: 'posts', draft: true, id: post.id })
    expect(unchanged.workflowState).toBe('in_review')
    expect(unchanged.signOff?.contentHash ?? null).toBeNull()

    // A key for something else does not stand in for the figure.
    const wrongKey = await act(suite.network.users.editor, post.id, 'sign-off', { checked: [keyOf(comparison)] })
    expect(wrongKey.status).toBe(409)

    const signed = await act(suite.network.users.editor, post.id, 'sign-off', {
      checked: [figureKey],
      note: 'Looks right.',
    })
    expect(signed.status, JSON.stringify(signed.body)).toBe(200)
    const { docs } = await suite.booted.payload.find({
      collection: 'review-events',
      overrideAccess: true,
      where: { and: [{ documentId: { equals: post.id } }, { action: { equals: 'sign_off' } }] },
    })
    expect(docs.map(({ note }) => note)).toEqual([`Looks right.\n\nChecked against the cited sources: “${figure}”.`])
  })

  it('lists every flag with what resolves it, and marks only the cited figure to verify', async () => {
    const { keyOf, post } = await postInReview()
    const req = await createLocalReq({ user: suite.network.users.editor }, suite.booted.payload)
    const draft = await suite.booted.payload.findByID({ collection: 'posts', depth: 0, draft: true, id: post.id })
    const checklist = signOffChecklist({ ...(await loadShownContent({ post: draft, req })), waivers: [] })
    const bySentence = new Map(checklist.map((item) => [item.sentence, item]))
    expect(bySentence.get(figure)).toMatchObject({
      key: keyOf(figure),
      resolution: `cited to “${suite.network.reference.title}”`,
      toVerify: true,
      where: 'the body',
    })
    expect(bySentence.get(comparison)).toMatchObject({ toVerify: false })
    expect(bySentence.get(carried)).toMatchObject({
      resolution: `carried by the claim “${suite.network.claim.statement}”`,
      toVerify: false,
    })
  })
})

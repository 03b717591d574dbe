// What of the previewed version a clinic site would not show, in the renderer's own terms: a claim the renderer
// leaves out (claimProblemOf, the rule libraryMarkers applies), a work it does not number (isCitable), no reviewer
// box without a sign-off, no canonical address without a site address. The preview says so beside the rendering.
import type { Claim, Post, Reference } from '@/payload-types'

import { isCitable } from '@/delivery/render/isCitable'
import { idOf } from '@/utilities/idOf'
import { claimProblemOf } from '@/workflow/claimUsability'

const quoted = (text: string) => `“${text.trim()}”`

export const previewNotes = ({
  claims,
  hasSiteAddress,
  now,
  post,
  references,
}: {
  claims: Claim[]
  hasSiteAddress: boolean
  now: Date
  post: Pick<Post, 'citedReferences' | 'claimsUsed' | 'signOff'>
  references: Reference[]
}): string[] => {
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]))
  const referencesById = new Map(references.map((reference) => [reference.id, reference]))
  const notes: string[] = []
  for (const id of (post.claimsUsed ?? []).map(idOf)) {
    const claim = claimsById.get(id)
    const problem = claimProblemOf(claim, now)
    if (problem === 'missing' || !claim)
      notes.push('A claim block points at a claim no longer in the library: the site shows nothing in its place.')
    else if (problem === 'not-approved')
      notes.push(
        `The claim ${quoted(claim.statement)} is ${claim.status?.replace(/_/g, ' ')}, not approved: the site leaves it out (its sentence and markers) until a medical editor approves it.`,
      )
    else if (problem === 'expired')
      notes.push(
        `The claim ${quoted(claim.statement)} is past its re-review date: the site leaves it out until it is reviewed again.`,
      )
  }
  for (const id of (post.citedReferences ?? []).map(idOf)) {
    const reference = referencesById.get(id)
    if (!reference)
      notes.push('A citation points at a reference no longer in the library: the site shows no marker for it.')
    else if (!isCitable(reference))
      notes.push(
        `The reference ${quoted(reference.title)} is ${reference.vettingStatus ?? 'unvetted'}, not vetted: the site shows no marker for it and leaves it out of the references.`,
      )
  }
  if (!post.signOff?.signedOffBy)
    notes.push(
      'No medical editor has signed this version off: the site shows no medical reviewer box, and it cannot be published yet.',
    )
  if (!hasSiteAddress)
    notes.push('The clinic has no site address yet, so the article has no public address (canonical URL).')
  return notes
}

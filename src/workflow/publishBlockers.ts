// What stands between a post and publication, in words a marketer understands. Pure: the publish gate and the
// blocker panel both call it, with the library entries the body points at already loaded.
import { scanLexical } from './claimScanner'
import { contentHash } from './contentHash'
import { findLibraryUse } from './libraryUse'

export type BlockerCode =
  | 'claim-expired'
  | 'claim-missing'
  | 'claim-not-approved'
  | 'no-sign-off'
  | 'reference-missing'
  | 'reference-not-vetted'
  | 'sign-off-stale'
  | 'unresolved-flag'

/** `key` names the flagged sentence an editor may waive. */
export type Blocker = { code: BlockerCode; key?: string; message: string }

export type LibraryClaim = { reReviewBy?: null | string; statement: string; status?: null | string }
export type LibraryReference = { title: string; vettingStatus?: null | string }
export type Waiver = { key: string; note?: null | string }

export type PublishInputs = {
  body: unknown
  claims: Map<string, LibraryClaim>
  now: Date
  references: Map<string, LibraryReference>
  signOff?: { contentHash?: null | string; signedOffAt?: null | string } | null
  waivers: Waiver[]
}

const quote = (text: string, max = 90) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`

const claimStatusWords: Record<string, string> = {
  draft: 'is still a draft',
  needs_rereview: 'needs re-review (a reference it rests on changed)',
  pending: 'is waiting for an editor’s review',
  rejected: 'was rejected by an editor',
  retired: 'has been retired',
}

const referenceStatusWords: Record<string, string> = {
  rejected: 'was rejected by an editor',
  retracted: 'has been retracted',
  unvetted: 'has not been vetted by an editor yet',
}

export const findPublishBlockers = ({ body, claims, now, references, signOff, waivers }: PublishInputs): Blocker[] => {
  const blockers: Blocker[] = []

  if (!signOff?.contentHash) {
    blockers.push({ code: 'no-sign-off', message: 'No medical editor has signed this post off yet.' })
  } else if (signOff.contentHash !== contentHash({ body })) {
    blockers.push({
      code: 'sign-off-stale',
      message: 'The post changed after it was signed off; a medical editor must sign off the new version.',
    })
  }

  const { claimIds, referenceIds } = findLibraryUse(body)
  for (const id of claimIds) {
    const claim = claims.get(id)
    if (!claim) {
      blockers.push({
        code: 'claim-missing',
        message: 'A claim block points at a claim that is no longer in the library.',
      })
    } else if (claim.status !== 'approved') {
      blockers.push({
        code: 'claim-not-approved',
        message: `The claim ${quote(claim.statement)} ${claimStatusWords[claim.status ?? 'draft'] ?? 'is not approved'}.`,
      })
    } else if (claim.reReviewBy && new Date(claim.reReviewBy) < now) {
      blockers.push({
        code: 'claim-expired',
        message: `The claim ${quote(claim.statement)} was due for re-review on ${claim.reReviewBy.slice(0, 10)}.`,
      })
    }
  }
  for (const id of referenceIds) {
    const reference = references.get(id)
    if (!reference) {
      blockers.push({
        code: 'reference-missing',
        message: 'A citation points at a reference that is no longer in the library.',
      })
    } else if (reference.vettingStatus !== 'vetted') {
      blockers.push({
        code: 'reference-not-vetted',
        message: `The cited reference ${quote(reference.title)} ${referenceStatusWords[reference.vettingStatus ?? 'unvetted'] ?? 'is not vetted'}.`,
      })
    }
  }

  const waived = new Set(waivers.filter((waiver) => waiver.note?.trim()).map((waiver) => waiver.key))
  for (const flag of scanLexical(body)) {
    if (flag.isResolved || waived.has(flag.key)) continue
    const why = flag.reasons.map((reason) => reason.explanation).join(' ')
    blockers.push({
      code: 'unresolved-flag',
      key: flag.key,
      message: `${quote(flag.sentence)} needs a citation or an approved claim, or an editor’s waiver. ${why}`,
    })
  }
  return blockers
}

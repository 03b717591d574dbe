import { quoted } from '@/utilities/quoted'

// What stands between a post and publication, in words a marketer understands. Pure: the publish gate and the
// review panel both call it, with what the post shows already loaded (loadShownContent).
import type { LoadedLibrary } from './loadShownContent'
import type { ShownContent } from './shownContent'

import { claimProblemOf } from './claimUsability'
import { contentHash } from './contentHash'
import { scanShownContent, shownFieldLabels } from './scanShownContent'

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

export type Waiver = { key: string; note?: null | string }

export type PublishInputs = {
  library: Pick<LoadedLibrary, 'claims' | 'references'>
  now: Date
  shown: ShownContent
  signOff?: { contentHash?: null | string; signedOffAt?: null | string } | null
  waivers: Waiver[]
}

const claimStatusWords: Record<string, string> = {
  draft: 'is still a draft',
  needs_rereview: 'needs re-review (it expired, or a reference it rests on changed)',
  pending: 'is waiting for an editor’s review',
  rejected: 'was rejected by an editor',
  retired: 'has been retired',
}

const referenceStatusWords: Record<string, string> = {
  rejected: 'was rejected by an editor',
  retracted: 'has been retracted',
  unvetted: 'has not been vetted by an editor yet',
}

export const findPublishBlockers = ({ library, now, shown, signOff, waivers }: PublishInputs): Blocker[] => {
  const blockers: Blocker[] = []

  if (!signOff?.contentHash) {
    blockers.push({ code: 'no-sign-off', message: 'No medical editor has signed this post off yet.' })
  } else if (signOff.contentHash !== contentHash(shown)) {
    blockers.push({
      code: 'sign-off-stale',
      message:
        'What the post shows changed after it was signed off (its text, title, excerpt, images, SEO, topics or author, or the wording or status of a claim or reference it uses); a medical editor must sign off the new version.',
    })
  }

  for (const { id } of shown.claims) {
    const claim = library.claims.get(id)
    const problem = claimProblemOf(claim, now)
    if (problem === 'missing' || !claim) {
      blockers.push({
        code: 'claim-missing',
        message: 'A claim block points at a claim that is no longer in the library.',
      })
    } else if (problem === 'not-approved') {
      blockers.push({
        code: 'claim-not-approved',
        message: `The claim ${quoted(claim.statement)} ${claimStatusWords[claim.status ?? 'draft'] ?? 'is not approved'}.`,
      })
    } else if (problem === 'expired') {
      blockers.push({
        code: 'claim-expired',
        message: `The claim ${quoted(claim.statement)} was due for re-review on ${String(claim.reReviewBy).slice(0, 10)}.`,
      })
    }
  }
  for (const { id } of shown.references) {
    const reference = library.references.get(id)
    if (!reference) {
      blockers.push({
        code: 'reference-missing',
        message: 'A citation points at a reference that is no longer in the library.',
      })
    } else if (reference.vettingStatus !== 'vetted') {
      blockers.push({
        code: 'reference-not-vetted',
        message: `The cited reference ${quoted(reference.title)} ${referenceStatusWords[reference.vettingStatus ?? 'unvetted'] ?? 'is not vetted'}.`,
      })
    }
  }

  const waived = new Set(waivers.filter((waiver) => waiver.note?.trim()).map((waiver) => waiver.key))
  for (const flag of scanShownContent(shown)) {
    if (flag.isResolved || waived.has(flag.key)) continue
    const why = flag.reasons.map((reason) => reason.explanation).join(' ')
    const fix =
      flag.field === 'body'
        ? 'needs a citation or an approved claim, or an editor’s waiver.'
        : `is in ${shownFieldLabels[flag.field]}, where nothing can be cited: say it in the body with its citation, or ask an editor to waive it.`
    blockers.push({ code: 'unresolved-flag', key: flag.key, message: `${quoted(flag.sentence)} ${fix} ${why}` })
  }
  return blockers
}

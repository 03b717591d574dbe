// The fingerprint of what a medical editor approves: everything a clinic site shows of a post (see shownContent),
// including the wording and status of every claim and reference it uses, so a reworded claim or a re-vetted
// reference changes it as surely as an edited sentence.
import { createHash } from 'node:crypto'
import { stringify } from 'safe-stable-stringify'

import type { ShownContent } from './shownContent'

import { normaliseLexical } from './normaliseLexical'

/** Versioned, so a sign-off recorded under an older rule (the body alone) can never match by accident. */
const prefix = 'sha256:v2:'

export const contentHash = (shown: ShownContent): string =>
  `${prefix}${createHash('sha256')
    .update(stringify({ ...shown, body: normaliseLexical(shown.body ?? null) }) ?? '')
    .digest('hex')}`

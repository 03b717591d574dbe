// The fingerprint of what a medical editor approves: everything a clinic site shows of a post (see shownContent),
// including the wording and status of every claim and reference it uses, so a reworded claim or a re-vetted
// reference changes it as surely as an edited sentence.
import { createHash } from 'node:crypto'
import { stringify } from 'safe-stable-stringify'

import type { ShownContent } from './shownContent'

import { normaliseLexical } from './normaliseLexical'

/**
 * Versioned, so a sign-off recorded under an older rule can never match by accident: v1 covered the body alone, v2
 * the author by id only, v3 the author's name, credentials, job title, bio and photo as the article shows them.
 */
const prefix = 'sha256:v3:'

export const contentHash = (shown: ShownContent): string =>
  `${prefix}${createHash('sha256')
    .update(stringify({ ...shown, body: normaliseLexical(shown.body ?? null) }) ?? '')
    .digest('hex')}`

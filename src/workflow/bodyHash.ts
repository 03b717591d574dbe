// The fingerprint of a body's text alone: the importer's "was this draft edited in Vetted since it was imported?".
// What an editor approves is wider (see contentHash).
import { createHash } from 'node:crypto'
import { stringify } from 'safe-stable-stringify'

import { normaliseLexical } from './normaliseLexical'

export const bodyHash = (body: unknown): string =>
  `sha256:${createHash('sha256')
    .update(stringify(normaliseLexical(body ?? null)) ?? '')
    .digest('hex')}`

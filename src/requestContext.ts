// Everything Vetted keeps in Payload's request context (`req.context`, the `context` hooks get and Local API calls
// take), declared once so that every reader and writer is typed and nothing else slips in unnoticed.
//
// Symbols mark what must not be forgeable: the proof that a write came from the review workflow, the importer or the
// clinic-key issue endpoint, and the live-state notes the audit log, the webhooks and the delivery read model act
// on. No request body, query or header can carry a symbol, so REST and GraphQL never set one, and only code that
// imports it from here can. Flags that let nothing through are plain keys, and isSeeding must be one: a context
// holding only symbols is dropped by the next Local API call (below), and the seed's has to last the whole seed.
// Payload's `[key: string]: unknown` still admits a misspelt plain key (as `unknown`): use the names declared here.
//
// How Payload 3.90 passes the context on (createLocalReq): every Local API call made with `req` gives req.context a
// new object, `{ ...req.context, ...context }`, or only the call's `context` while req.context has no string key
// (Payload counts keys with Object.keys, which skips symbols). So:
// - a value set in req.context stays on `req` for every later call made with it, unless it is removed;
// - a hook's `context` is req.context as it was when the hook started: once the hook itself calls the Local API
//   with `req`, what it writes into `context` no longer reaches req.context, and later hooks do not see it;
// - an object kept in req.context is shared by all the copies, so what is written into it reaches every hook.
import type { RequestContext } from 'payload'

import type { NotedSentence, ReviewAction } from './workflow/actionSteps'
import type { LiveNote } from './workflow/liveTransition'

/**
 * Marks a write as made by the review workflow (src/workflow/postActions.ts). Only such writes may change a post's
 * review fields (workflow state, sign-off, waivers); anything else that sends them has them put back.
 */
export const reviewToken: unique symbol = Symbol('vetted.review-workflow')

/** Marks a post write as made by the article importer (src/import/importArticle.ts). */
export const importToken: unique symbol = Symbol('vetted.import')

/** Carries the hash and mask of a clinic key's new secret from the issue endpoint, the only source of them. */
export const issuedKeyToken: unique symbol = Symbol('vetted.issuedKey')

/** The live-state notes of a request (src/workflow/liveTransition.ts), per post id. */
export const liveBeforeKey: unique symbol = Symbol('vetted.live-before-write')

declare module 'payload' {
  interface RequestContext {
    /** The workflow action a post write performs, and its note: lets it past guardReviewFields, and is logged. */
    [reviewToken]?: { action: ReviewAction; note?: string; sentence?: NotedSentence }
    /** The note the audit log records for an imported post ("Imported from 001.txt (…)"). */
    [importToken]?: { note: string }
    /** The new secret's hash and mask, the only ones protectKeyHash lets onto a clinic key. */
    [issuedKeyToken]?: { hash: string; masked: string }
    /** Which version of each post was live before the write; a forged note would fake a publish or unpublish. */
    [liveBeforeKey]?: Map<string, LiveNote>
    /** Set by seeds: clinic webhooks and e-mails stand down for content built in bulk; it grants no write. */
    isSeeding?: true
    /** E-mails of accounts this request created without a password, each to be invited once created. */
    vettedInvitations?: string[]
    /** Set by the claim expiry job: the re-review it forces is logged as an expiry, not as an editor's decision. */
    vettedClaimExpired?: true
    /** Set by resumeLiveSignOff when a write puts a live post back as signed, so the audit log records it. */
    vettedSignOffResumed?: true
    /** Set by voidStaleSignOff when a write voids a post's sign-off, so the audit log records it after the save. */
    vettedSignOffVoided?: true
  }
}

/**
 * The request context of seeds (the demo content, the bench's networks). They build content in bulk, so hooks with
 * effects outside the database (clinic webhooks, e-mails) stand down when it is set; hooks that keep the database
 * consistent still run. Pass it as `context` to the Local API, or to createLocalReq for a request that acts as a
 * user. A fresh object each time, because hooks write into the context of the request they run in.
 */
export const seedContext = (): RequestContext => ({ isSeeding: true })

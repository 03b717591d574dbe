import type { CollectionBeforeChangeHook } from 'payload'

import type { Post } from '../../../src/payload-types'

import { contentHash } from '../../../src/workflow/contentHash'

export const signOffVoidedKey = 'vettedSignOffVoided'

/**
 * A sign-off approves exactly one text. When the body (and so its claims and citations) no longer hashes to
 * what the editor approved, the sign-off is void and the post returns to draft; the event is logged after the save.
 */
export const voidStaleSignOff: CollectionBeforeChangeHook<Post> = ({ context, data, originalDoc }) => {
  const signOff = data.signOff ?? originalDoc?.signOff
  if (!signOff?.contentHash) return data
  const body = data.body === undefined ? originalDoc?.body : data.body
  if (contentHash({ body }) === signOff.contentHash) return data
  context[signOffVoidedKey] = true
  return {
    ...data,
    signOff: { contentHash: null, note: null, signedOffAt: null, signedOffBy: null },
    workflowState: data.workflowState === 'in_review' ? 'in_review' : 'draft',
  }
}

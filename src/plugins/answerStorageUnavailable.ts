import type { CollectionAfterErrorHook } from 'payload'

/**
 * An upload, replacement or deletion that the bucket did not take (unreachable, refusing our credentials) is answered
 * 503 with a reason instead of Payload's "Something went wrong" 500: nothing was saved, and trying again later is
 * the right move. Errors of the AWS SDK carry `$metadata`; Payload has logged the error itself by now.
 */
export const answerStorageUnavailable: CollectionAfterErrorHook = ({ error }) => {
  if (!error || typeof error !== 'object' || !('$metadata' in error)) return
  return {
    response: {
      errors: [
        {
          message: 'The image store is not reachable at the moment, so nothing was saved. Try again in a few minutes.',
        },
      ],
    },
    status: 503,
  }
}

import type { AfterErrorHook } from 'payload'

/**
 * What Payload's multipart reader (busboy, via addDataAndFileToRequest) reports for a body it cannot read: a
 * missing or malformed boundary, a part header with a NUL in a filename, a body that ends inside a part. busboy's
 * own errors reach the route unwrapped, Payload's "not eligible" as an APIError of status 500; either way they are
 * the client's fault, so they are answered 400.
 */
const unreadableMultipart = new Set([
  'Malformed content type',
  'Malformed part header',
  'Multipart: Boundary not found',
  'Request is not eligible for file upload',
  'Unexpected end of file',
  'Unexpected end of form',
])

export const answerUnreadableMultipart: AfterErrorHook = ({ error, req }) => {
  const isMultipart = req.headers?.get('content-type')?.toLowerCase().startsWith('multipart/')
  const status = (error as { status?: number }).status ?? 500
  if (!isMultipart || status !== 500 || !unreadableMultipart.has(error.message)) return
  return {
    response: {
      errors: [
        {
          message: `The uploaded form could not be read (${error.message.toLowerCase()}). Send it again as multipart/form-data with a valid boundary and file name.`,
        },
      ],
    },
    status: 400,
  }
}

/**
 * Headers on every uploaded file the CMS serves (Payload's /api/media/file and /v1/media): the browser must take the
 * declared image type as final (nosniff), and should a file ever be opened as a document it may run nothing, load
 * nothing and is sandboxed into an opaque origin, so it cannot act on the CMS origin.
 */
export const servedFileHeaders = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  'X-Content-Type-Options': 'nosniff',
} as const

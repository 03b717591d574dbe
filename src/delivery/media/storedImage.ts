// What the two stores of media files (local disk, an S3 bucket) share when /v1 serves one of their images.
import type { Request, Response } from 'express'

import { servedFileHeaders } from '../../../collections/Media/servedFileHeaders'

/** Sends the stored file of this name, already known to be shown by published content, or a problem. */
export type SendStoredImage = (args: { filename: string; req: Request; res: Response }) => Promise<void>

/** A day in shared caches: names are unique per upload, so a file at a name never changes. */
export const storedImageHeaders = (mime: string): Record<string, string> => ({
  'Cache-Control': 'public, max-age=86400',
  'Content-Type': mime,
  ...servedFileHeaders,
})

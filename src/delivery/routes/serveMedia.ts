// GET /v1/media/:filename — image files for clinic websites. Browsers fetch these without a key, so only files of
// media documents that exist (not trashed) are served, straight from the upload directory.
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import path from 'node:path'

import { problem, sendProblem } from '../problem'

const sizeNames = ['thumbnail', 'card', 'hero', 'social']

export const serveMedia =
  ({ payload }: { payload: Payload }): RequestHandler =>
  async (req, res) => {
    const filename = String(req.params.filename ?? '')
    const notFound = () => sendProblem(res, problem.notFound('There is no image with this name.'))
    if (!/^[\w.-]{1,200}$/.test(filename) || filename.startsWith('.')) return notFound()
    const { totalDocs } = await payload.count({
      collection: 'media',
      overrideAccess: true,
      where: {
        or: [
          { filename: { equals: filename } },
          ...sizeNames.map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } })),
        ],
      },
    })
    if (!totalDocs) return notFound()
    const staticDir = payload.collections.media.config.upload.staticDir ?? ''
    res.sendFile(
      path.join(path.resolve(staticDir), filename),
      { dotfiles: 'deny', headers: { 'Cache-Control': 'public, max-age=86400', 'X-Content-Type-Options': 'nosniff' } },
      (error) => {
        if (error && !res.headersSent) notFound()
      },
    )
  }

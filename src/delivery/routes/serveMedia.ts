// GET /v1/media/:filename — image files for clinic websites. Browsers fetch these without a key, so only images that
// published content shows are served (never one used only by a draft), always as the image type their bytes are and
// with headers that keep a browser from running anything in them.
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { fileTypeFromFile } from 'file-type'
import path from 'node:path'

import { acceptedImageTypes } from '../../../collections/Media/acceptedImageTypes'
import { servedFileHeaders } from '../../../collections/Media/servedFileHeaders'
import { problem, sendProblem } from '../problem'
import { isShownImage } from '../queries/isShownImage'

const sizeNames = ['thumbnail', 'card', 'hero', 'social']

export const serveMedia =
  ({ payload }: { payload: Payload }): RequestHandler =>
  async (req, res) => {
    const filename = String(req.params.filename ?? '')
    const notFound = () => sendProblem(res, problem.notFound('There is no published image with this name.'))
    if (!/^[\w.-]{1,200}$/.test(filename) || filename.startsWith('.')) return notFound()
    const { docs } = await payload.find({
      collection: 'media',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      select: {},
      where: {
        or: [
          { filename: { equals: filename } },
          ...sizeNames.map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } })),
        ],
      },
    })
    const media = docs[0]
    if (!media || !(await isShownImage({ mediaId: String(media.id), payload }))) return notFound()
    const staticDir = path.resolve(payload.collections.media.config.upload.staticDir ?? '')
    const filePath = path.join(staticDir, filename)
    // The type served is what the bytes are, never what the name says; anything but an accepted image is not served.
    const type = await fileTypeFromFile(filePath).catch(() => undefined)
    if (!type || !acceptedImageTypes.includes(type.mime)) {
      if (type) payload.logger.warn({ filename, mime: type.mime, msg: 'A stored media file is not an accepted image' })
      return notFound()
    }
    res.sendFile(
      filePath,
      {
        dotfiles: 'deny',
        headers: { 'Cache-Control': 'public, max-age=86400', 'Content-Type': type.mime, ...servedFileHeaders },
      },
      (error) => {
        if (error && !res.headersSent) notFound()
      },
    )
  }

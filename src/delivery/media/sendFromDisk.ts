// Media files on this instance's disk (MEDIA_DIR), the default store.
import type { Payload } from 'payload'

import { fileTypeFromFile } from 'file-type'
import path from 'node:path'

import type { SendStoredImage } from './storedImage'

import { acceptedImageTypes } from '../../../collections/Media/acceptedImageTypes'
import { problem, sendProblem } from '../problem'
import { storedImageHeaders } from './storedImage'

export const sendFromDisk =
  ({ payload }: { payload: Payload }): SendStoredImage =>
  async ({ filename, res }) => {
    const notFound = () => sendProblem(res, problem.notFound('There is no published image with this name.'))
    const staticDir = path.resolve(payload.collections.media.config.upload.staticDir ?? '')
    const filePath = path.join(staticDir, filename)
    // The type served is what the bytes are, never what the name says; anything but an accepted image is not served.
    const type = await fileTypeFromFile(filePath).catch(() => undefined)
    if (!type || !acceptedImageTypes.includes(type.mime)) {
      if (type) payload.logger.warn({ filename, mime: type.mime, msg: 'A stored media file is not an accepted image' })
      return notFound()
    }
    res.sendFile(filePath, { dotfiles: 'deny', headers: storedImageHeaders(type.mime) }, (error) => {
      if (error && !res.headersSent) notFound()
    })
  }

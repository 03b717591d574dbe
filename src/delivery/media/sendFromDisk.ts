// Media files on this instance's disk (MEDIA_DIR), the default store.
import type { Payload } from 'payload'

import { fileTypeFromFile } from 'file-type'
import { stat } from 'node:fs/promises'
import path from 'node:path'

import { matchesEtag } from '@/delivery/cache/sendCached'
import { problem, sendProblem } from '@/delivery/problem'

import type { SendStoredImage } from './storedImage'

import { acceptedImageTypes } from '../../../collections/Media/acceptedImageTypes'
import { storedImageHeaders } from './storedImage'

export const sendFromDisk =
  ({ payload }: { payload: Payload }): SendStoredImage =>
  async ({ filename, req, res }) => {
    const notFound = () => sendProblem(res, problem.notFound('There is no published image with this name.'))
    const staticDir = path.resolve(payload.collections.media.config.upload.staticDir ?? '')
    const filePath = path.join(staticDir, filename)
    // The type served is what the bytes are, never what the name says; anything but an accepted image is not served.
    const type = await fileTypeFromFile(filePath).catch(() => undefined)
    if (!type || !acceptedImageTypes.includes(type.mime)) {
      if (type) payload.logger.warn({ filename, mime: type.mime, msg: 'A stored media file is not an accepted image' })
      return notFound()
    }
    const stats = await stat(filePath).catch(() => undefined)
    if (!stats) return notFound()
    // Strong, as nginx makes it: the bytes at a name change only with its size or modification time.
    const etag = `"${Math.floor(stats.mtimeMs).toString(16)}-${stats.size.toString(16)}"`
    const headers = storedImageHeaders(type.mime)
    // Answered here, as cached /v1 answers are: `send` would refuse a 304 to a request saying no-cache, which every
    // fetch() adds to a conditional request.
    if (matchesEtag(req.get('If-None-Match'), etag)) {
      res.status(304).set({ 'Cache-Control': headers['Cache-Control'], ETag: etag }).end()
      return
    }
    res.set('ETag', etag)
    res.sendFile(filePath, { dotfiles: 'deny', etag: false, headers }, (error) => {
      if (error && !res.headersSent) notFound()
    })
  }

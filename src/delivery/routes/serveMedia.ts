// GET /v1/media/:filename — image files for clinic websites. Browsers fetch these without a key, so only images that
// published content shows are served (never one used only by a draft), always as the image type their bytes are and
// with headers that keep a browser from running anything in them. The files come from local disk, or from the S3
// bucket when one is set (src/storage/readS3Settings), so that every instance serves every file.
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import type { S3Settings } from '@/storage/readS3Settings'

import { sendFromBucket } from '@/delivery/media/sendFromBucket'
import { sendFromDisk } from '@/delivery/media/sendFromDisk'
import { problem, sendProblem } from '@/delivery/problem'
import { isShownImage } from '@/delivery/queries/isShownImage'

const sizeNames = ['thumbnail', 'card', 'hero', 'social']

export const serveMedia = ({ payload, s3 }: { payload: Payload; s3: S3Settings | undefined }): RequestHandler => {
  const sendStoredImage = s3 ? sendFromBucket({ payload, settings: s3 }) : sendFromDisk({ payload })
  return async (req, res) => {
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
    await sendStoredImage({ filename, req, res })
  }
}

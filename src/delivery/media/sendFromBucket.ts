// Media files in the S3-compatible bucket (S3_BUCKET), streamed through this instance: the bucket stays private, and
// a clinic site gets the same checks and headers as from disk, whichever instance it reaches.
import type { GetObjectCommandOutput } from '@aws-sdk/client-s3'
import type { Response } from 'express'
import type { ReadableStreamWithFileType } from 'file-type/node'
import type { Payload } from 'payload'

import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
// The Node entry reads Node streams (the S3 SDK's body); the package's default types describe only web streams.
import { fileTypeStream } from 'file-type/node'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { S3Settings } from '@/storage/readS3Settings'

import { problem, sendProblem } from '@/delivery/problem'

import type { SendStoredImage } from './storedImage'

import { acceptedImageTypes } from '../../../collections/Media/acceptedImageTypes'
import { storedImageHeaders } from './storedImage'

/** Reads the first bytes for their type and hands on a stream of all of them; undefined if the body broke off. */
const sniff = (body: Readable): Promise<ReadableStreamWithFileType | undefined> =>
  fileTypeStream(body).catch(() => undefined)

const httpStatusOf = (error: unknown): number | undefined =>
  (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode

const isMissing = (error: unknown) => {
  const name = (error as { name?: string } | null)?.name
  return name === 'NoSuchKey' || name === 'NotFound' || httpStatusOf(error) === 404
}

/** Storage that cannot be reached (or refuses us) is this server's trouble for a while, not a missing image. */
const sendUnavailable = (res: Response) =>
  sendProblem(
    res,
    problem.unavailable('The image store is not reachable at the moment, so this image cannot be sent. Try again soon.'),
    { 'Retry-After': '10' },
  )

/** Headers that let a site's cache revalidate (If-None-Match) without the bytes being read from the bucket again. */
const validatorsOf = (object: Pick<GetObjectCommandOutput, 'ETag' | 'LastModified'>): Record<string, string> => ({
  ...(object.ETag ? { ETag: object.ETag } : {}),
  ...(object.LastModified ? { 'Last-Modified': object.LastModified.toUTCString() } : {}),
})

export const sendFromBucket = ({ payload, settings }: { payload: Payload; settings: S3Settings }): SendStoredImage => {
  const client = new S3Client(settings.config)
  return async ({ filename, req, res }) => {
    // A reader that goes away stops the download from the bucket too.
    const abort = new AbortController()
    res.once('close', () => abort.abort())
    let object: GetObjectCommandOutput
    try {
      object = await client.send(
        new GetObjectCommand({ Bucket: settings.bucket, IfNoneMatch: req.get('If-None-Match'), Key: filename }),
        { abortSignal: abort.signal },
      )
    } catch (error) {
      if (abort.signal.aborted) return
      if (httpStatusOf(error) === 304) {
        res.status(304).set({ 'Cache-Control': 'public, max-age=86400', ETag: req.get('If-None-Match') }).end()
        return
      }
      if (isMissing(error)) {
        // Published content shows this image, so its file should be there: worth an operator's look.
        payload.logger.warn({ bucket: settings.bucket, filename, msg: 'A shown media file is missing from the bucket' })
        return sendProblem(res, problem.notFound('This image is published, but its file is missing from storage.'))
      }
      payload.logger.error({ bucket: settings.bucket, err: error, filename, msg: 'The media bucket did not answer' })
      return sendUnavailable(res)
    }
    const body = object.Body instanceof Readable ? object.Body : undefined
    // The type served is what the bytes are, never what the name or the object's metadata say.
    const sniffed = body ? await sniff(body) : undefined
    const mime = sniffed?.fileType?.mime
    if (!sniffed || !mime || !acceptedImageTypes.includes(mime)) {
      sniffed?.destroy()
      body?.destroy()
      if (!sniffed) {
        payload.logger.error({ bucket: settings.bucket, filename, msg: 'The media bucket broke off while sending' })
        return sendUnavailable(res)
      }
      payload.logger.warn({ filename, mime, msg: 'A stored media file is not an accepted image' })
      return sendProblem(res, problem.notFound('There is no published image with this name.'))
    }
    res.status(200).set({
      ...storedImageHeaders(mime),
      ...validatorsOf(object),
      ...(object.ContentLength === undefined ? {} : { 'Content-Length': String(object.ContentLength) }),
    })
    await pipeline(sniffed, res).catch((error: unknown) => {
      // Headers are gone by now: the response can only be cut short, which the reader sees as a broken download.
      if (!abort.signal.aborted) payload.logger.error({ err: error, filename, msg: 'Streaming a media file broke off' })
    })
  }
}

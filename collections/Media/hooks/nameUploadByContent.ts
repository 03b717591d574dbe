import type { CollectionBeforeOperationHook } from 'payload'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import crypto from 'node:crypto'
import { ValidationError } from 'payload'

import { acceptedImageTypes } from '../acceptedImageTypes'

/** Up to 40 letters of the uploader's name are kept, for people reading the media library and image addresses. */
const keptNameLength = 40

/** "Photo of Room.PNG" → "photo-of-room": lower-case letters, digits and single dashes only. */
const readablePartOf = (name: string) =>
  name
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, keptNameLength)
    .replace(/^-+|-+$/g, '')

/**
 * The stored name and type of an upload come from its bytes, never from the uploader: a PNG named "x.html" becomes
 * "x-3f9a…c2.png" of type image/png, so the file server can never answer it as a page. The random part makes names
 * unique across clinics and letter case (two clinics' "victim.png" and "victim.PNG" would otherwise share resized
 * files), and the name is always short and plain (no NUL, "../" or 255-byte names that the file system refuses).
 */
export const nameUploadByContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const detected = file.data?.length
    ? await fileTypeFromBuffer(file.data)
    : file.tempFilePath
      ? await fileTypeFromFile(file.tempFilePath)
      : undefined
  if (!detected || !acceptedImageTypes.includes(detected.mime)) {
    throw new ValidationError(
      {
        collection: 'media',
        errors: [
          {
            message: `This file is not a JPEG, PNG, WebP, AVIF or GIF image${detected ? ` (it is ${detected.mime})` : ''}. Upload one of those.`,
            path: 'file',
          },
        ],
      },
      req.t,
    )
  }
  const unique = crypto.randomBytes(6).toString('hex')
  const readable = readablePartOf(file.name)
  file.name = `${readable ? `${readable}-` : ''}${unique}.${detected.ext}`
  file.mimetype = detected.mime
  return args
}

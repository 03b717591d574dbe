import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'
import sharp from 'sharp'

/** 40 megapixels: a large camera photo. Anything bigger is a decompression bomb or a mistake. */
export const maxImagePixels = 40_000_000

export const boundImageSize: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file?.data?.length) return args
  const reject = (message: string) => {
    throw new ValidationError({ collection: 'media', errors: [{ message, path: 'file' }] }, req.t)
  }
  let width = 0
  let height = 0
  try {
    // limitInputPixels: false only lets metadata() read the header; nothing is decoded here.
    ;({ height = 0, width = 0 } = await sharp(file.data, { limitInputPixels: false }).metadata())
  } catch {
    reject(`"${file.name}" is not an image we can read. Upload a JPEG, PNG, WebP, AVIF or GIF.`)
  }
  if (width * height > maxImagePixels) {
    reject(`"${file.name}" is ${width}×${height} pixels; images may have at most ${maxImagePixels / 1_000_000} megapixels.`)
  }
  return args
}

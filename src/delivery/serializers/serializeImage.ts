import type { DeliveredImage, DeliveredImageSize } from '@/delivery/openapi/schemas'
import type { Media } from '@/payload-types'

import { publicOrigin } from '@/delivery/publicOrigin'

/** Where a stored file is public: /v1/media serves only the images that published content shows. */
const publicMediaUrl = (filename: string) => `${publicOrigin()}/v1/media/${encodeURIComponent(filename)}`

type Dimensions = { height?: null | number; width?: null | number }

/** Within 1%: resizing rounds each side to whole pixels. */
const isSameShape = (a: Dimensions, b: Dimensions) =>
  Boolean(a.width && a.height && b.width && b.height) &&
  Math.abs(a.width! / a.height! / (b.width! / b.height!) - 1) < 0.01

const srcsetOf = (original: DeliveredImageSize, sizes: DeliveredImageSize[]) =>
  [original, ...sizes.filter((size) => isSameShape(size, original))]
    .filter((size) => size.width)
    .sort((a, b) => a.width! - b.width!)
    .filter((size, index, all) => index === 0 || size.width !== all[index - 1].width)
    .map((size) => `${size.url} ${size.width}w`)
    .join(', ')

type StoredSize = Dimensions & { filename: string; filesize?: null | number; mimeType?: null | string }

const sizeOf = ({ filename, filesize, height, mimeType, width }: StoredSize): DeliveredImageSize => ({
  filesize: filesize ?? null,
  height: height ?? null,
  mimeType: mimeType ?? null,
  url: publicMediaUrl(filename),
  width: width ?? null,
})

/** An image as a clinic site shows it: alt text, the original and each generated size, served from /v1/media. */
export const serializeImage = (media: Media | null | string | undefined): DeliveredImage | null => {
  if (!media || typeof media !== 'object' || !media.filename) return null
  const sizes: DeliveredImage['sizes'] = {}
  for (const [name, size] of Object.entries(media.sizes ?? {})) {
    if (size?.filename) sizes[name] = sizeOf({ ...size, filename: size.filename })
  }
  const original = sizeOf({ ...media, filename: media.filename })
  return { alt: media.alt, ...original, sizes, srcset: srcsetOf(original, Object.values(sizes)) }
}

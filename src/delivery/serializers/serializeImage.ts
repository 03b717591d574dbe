import type { Media } from '../../payload-types'

import { publicOrigin } from '../publicOrigin'

export type DeliveredImage = {
  alt: string
  height: null | number
  sizes: Record<string, { height: null | number; url: string; width: null | number }>
  url: string
  width: null | number
}

const fileUrl = (filename: string) => `${publicOrigin()}/v1/media/${encodeURIComponent(filename)}`

/** An image as a clinic site shows it: alt text, the original and each generated size, served from /v1/media. */
export const serializeImage = (media: Media | null | string | undefined): DeliveredImage | null => {
  if (!media || typeof media !== 'object' || !media.filename) return null
  const sizes: DeliveredImage['sizes'] = {}
  for (const [name, size] of Object.entries(media.sizes ?? {})) {
    if (size?.filename)
      sizes[name] = { height: size.height ?? null, url: fileUrl(size.filename), width: size.width ?? null }
  }
  return {
    alt: media.alt,
    height: media.height ?? null,
    sizes,
    url: fileUrl(media.filename),
    width: media.width ?? null,
  }
}

import { isHttpUrl } from '../../fields/safeUrl'

/**
 * An http(s) address for a media file or link as a clinic site must use it: absolute addresses pass if they are
 * http(s); relative ones ("/api/media/file/…") are resolved against `base`, the CMS's public origin. Anything
 * else, or a relative address with no base, gives undefined.
 */
export const absoluteUrl = (value: null | string | undefined, base: string | undefined): string | undefined => {
  if (!value) return undefined
  if (isHttpUrl(value)) return value.trim()
  if (!base) return undefined
  try {
    const resolved = new URL(value, base).href
    return isHttpUrl(resolved) ? resolved : undefined
  } catch {
    return undefined
  }
}

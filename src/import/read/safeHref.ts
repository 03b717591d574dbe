import { isSafeUrl } from '@/utilities/safeUrl'

/**
 * A link target the post editor accepts: absolute http(s), mailto: or tel:, resolved against the page's own address
 * when it was relative. Anything else (javascript:, a relative link with no page address) loses its link, not its text.
 */
export const safeHref = ({ baseUrl, href }: { baseUrl?: string; href: string | undefined }): string | undefined => {
  const raw = href?.trim()
  if (!raw || raw.startsWith('#')) return undefined
  let absolute: string
  try {
    absolute = new URL(raw, baseUrl).toString()
  } catch {
    return undefined
  }
  return /^(?:https?|mailto|tel):/i.test(absolute) && isSafeUrl(absolute) ? absolute : undefined
}

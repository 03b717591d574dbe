/** Schemes a link or address may use. `javascript:`, `data:`, `vbscript:` and friends never get in. */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:'])

const probeBase = 'https://relative.vetted.invalid/'

export const isSafeUrl = (value: string): boolean => {
  const trimmed = value.trim()
  if (trimmed.startsWith('/') || trimmed.startsWith('#')) {
    // A relative link must stay on the site: browsers read "/\evil.com" and "/<tab>/evil.com" as "//evil.com".
    try {
      return new URL(trimmed, probeBase).host === new URL(probeBase).host
    } catch {
      return false
    }
  }
  try {
    return allowedSchemes.has(new URL(trimmed).protocol)
  } catch {
    return false
  }
}

export const isHttpUrl = (value: string): boolean => {
  try {
    const { protocol } = new URL(value.trim())
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

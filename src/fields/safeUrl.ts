/** Schemes a link or address may use. `javascript:`, `data:`, `vbscript:` and friends never get in. */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:'])

export const isSafeUrl = (value: string): boolean => {
  const trimmed = value.trim()
  if (trimmed.startsWith('/') || trimmed.startsWith('#')) return !trimmed.startsWith('//')
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

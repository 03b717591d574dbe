/** Lower-case ASCII words joined by single hyphens: "Ketamine – The Most" → "ketamine-the-most". */
export const slugify = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || undefined
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

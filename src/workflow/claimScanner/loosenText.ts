/** Text as the scanner compares it: Unicode-normalised, typographic quotes and dashes plain, spacing and case ignored. */
export const loosenText = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()

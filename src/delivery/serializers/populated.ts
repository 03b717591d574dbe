/** A relationship value as its document when Payload populated it, else undefined (an id, or nothing). */
export const populated = <T extends object>(value: null | string | T | undefined): T | undefined =>
  value && typeof value === 'object' ? value : undefined

/** The id of a relationship value, whether Payload returned it as an id or, with depth, as the whole document. */
export const idOf = (value: unknown): string =>
  String(value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** A text in curly quotes as messages quote it, cut to `max` characters with an ellipsis. */
export const quoted = (text: string, max = 90): string => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`

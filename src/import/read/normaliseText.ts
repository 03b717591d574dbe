/** Text as pasted from web pages: one kind of newline and space, no byte-order mark or zero-width characters. */
export const normaliseText = (text: string): string =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')

// WordPress stores classic-editor posts without paragraph tags: a blank line is a paragraph break and a single
// newline a line break (its wpautop() adds the tags on display). This does the same for the importer.

const startsWithBlock =
  /^<(?:p|div|h[1-6]|ul|ol|li|blockquote|table|thead|tbody|tr|figure|pre|hr|section|article|aside|header|footer|dl|dd|dt|address|!--)[\s>/]/i

export const wpautop = (content: string): string =>
  content
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (startsWithBlock.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n')

// Headings after which a blog page stops being the article: comment threads and related-post teasers. Everything
// from such a heading up to the reference section (or the end) is dropped.

const tails: { pattern: RegExp; reason: string }[] = [
  {
    pattern:
      /^(?:comments?|\d+ comments?|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|responses?)\s*:?$/i,
    reason: 'comments section',
  },
  {
    pattern:
      /^(?:(?:popular|recent|related|latest|more|similar|featured|other)\s+(?:blog\s+)?(?:posts|articles|stories|reading)|you (?:may|might) also (?:like|enjoy)|more from (?:the|our) blog|keep reading|read next|related)\s*:?$/i,
    reason: 'related-post teasers',
  },
]

/** Why the rest of the page after this heading is not the article, or undefined. */
export const tailReason = (line: string): string | undefined => {
  const text = line.replace(/\s+/g, ' ').trim()
  return tails.find(({ pattern }) => pattern.test(text))?.reason
}

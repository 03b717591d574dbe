/**
 * The stored article's JSON has `"related":[]` exactly once, at its top level: no string can hold it, since a
 * string's quotes are escaped, and no other object of an article has a "related" key.
 */
const relatedSlot = '"related":[]'

/**
 * GET /v1/posts/:slug's body: the article as stored, with its related posts' summaries (JSON text each) in its
 * `related` slot. Joined as text, as both are stored: the article is never parsed again to add them. Given by a
 * function, the summaries are put in as they are: a replacement string would read `$$`, `$&` or `$'` in a title.
 */
export const serializeArticle = (article: string, related: string[]): string =>
  article.replace(relatedSlot, () => `"related":[${related.join(',')}]`)

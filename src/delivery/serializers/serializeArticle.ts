/**
 * The stored article's JSON has `"related":[]` exactly once, at its top level: no string can hold it, since a
 * string's quotes are escaped, and no other object of an article has a "related" key.
 */
const relatedSlot = '"related":[]'

/**
 * GET /v1/posts/:slug's body: the article as stored, with its related posts' summaries (JSON text each) in its
 * `related` slot. Joined as text, as both are stored: the article is never parsed again to add them.
 */
export const serializeArticle = (article: string, related: string[]): string =>
  article.replace(relatedSlot, `"related":[${related.join(',')}]`)

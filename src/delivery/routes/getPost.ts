// GET /v1/posts/:slug — a whole article: rendered body with numbered citations, AMA references, approved claims,
// author, medical reviewer, clinic details, related posts and schema.org JSON-LD. Read from the delivery row
// rendered when the post or something it shows last changed; an unpublished post is a 404, exactly like a
// missing one.
import type { RouteFill } from '../route'

import { noParams, parseParams, slugPathParam } from '../params'
import { problem } from '../problem'
import { currentArticle } from '../readModel/currentArticles'
import { relatedSummaries } from '../readModel/relatedRows'

const notFound = () => problem.notFound('This clinic has no published post with this slug.')

/** The stored article's JSON has `"related":[]` exactly once at its top level (a string cannot hold it unescaped). */
const relatedSlot = '"related":[]'

export const getPost: RouteFill = async ({ clinic, delivery: { payload }, pathParams, url }) => {
  const parsed = parseParams(noParams, url)
  if ('problem' in parsed) return parsed.problem
  if (!slugPathParam.safeParse(pathParams.slug).success) return notFound()
  const source = await currentArticle({ clinic, payload, slug: pathParams.slug })
  if (!source) return notFound()
  const related = await relatedSummaries({ clinic, payload, ...source })
  return {
    body: source.article.replace(relatedSlot, `"related":[${related.join(',')}]`),
    contentType: 'application/json; charset=utf-8',
  }
}

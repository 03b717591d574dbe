// GET /v1/posts/:slug — a whole article: rendered body with numbered citations, AMA references, approved claims,
// author, medical reviewer, clinic details, related posts and schema.org JSON-LD. Read from the delivery row
// rendered when the post or something it shows last changed; an unpublished post is a 404, exactly like a
// missing one.
import type { SlugRoute } from '@/delivery/route'

import { noParams, type NoParams } from '@/delivery/params'
import { currentArticle } from '@/delivery/readModel/currentArticles'
import { relatedSummaries } from '@/delivery/readModel/relatedRows'
import { serializeArticle } from '@/delivery/serializers/serializeArticle'

/** The stored article's JSON text and its related posts' summaries, each JSON text too. */
type ArticleWithRelated = { article: string; related: string[] }

export const getPost: SlugRoute<NoParams, ArticleWithRelated> = {
  load: async ({ clinic, delivery: { payload }, slug }) => {
    const source = await currentArticle({ clinic, payload, slug })
    if (!source) return undefined
    return { article: source.article, related: await relatedSummaries({ clinic, payload, ...source }) }
  },
  notFound: 'This clinic has no published post with this slug.',
  params: noParams,
  serialize: ({ article, related }) => ({
    body: serializeArticle(article, related),
    contentType: 'application/json; charset=utf-8',
  }),
}

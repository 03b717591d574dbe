// GET /v1/sitemap.xml — every published article of the clinic with its last change, written by `sitemap`.
import { SitemapStream, streamToPromise } from 'sitemap'

import type { RouteFill } from '../route'

import { noParams, parseParams } from '../params'
import { publishedPostsOf } from '../queries/publishedPosts'
import { articleUrl, clinicSiteUrl, noSiteProblem } from '../serializers/clinicSiteUrl'

/** The sitemap protocol's limit per file. */
const maxUrls = 50_000

export const sitemap: RouteFill = async ({ clinic, delivery: { payload }, url }) => {
  const parsed = parseParams(noParams, url)
  if ('problem' in parsed) return parsed.problem
  const site = clinicSiteUrl(clinic)
  if (!site) return noSiteProblem('sitemap')
  const { docs } = await payload.find({
    collection: 'posts',
    depth: 0,
    limit: maxUrls,
    overrideAccess: true,
    pagination: false,
    select: { seo: { noIndex: true }, slug: true, updatedAt: true },
    sort: '-publishedAt',
    where: publishedPostsOf(clinic.id),
  })
  const stream = new SitemapStream({ hostname: site })
  stream.write({ changefreq: 'daily', url: `${site}/blog` })
  for (const post of docs) {
    if (!post.seo?.noIndex) stream.write({ lastmod: post.updatedAt, url: articleUrl(clinic, post.slug) })
  }
  stream.end()
  return { body: (await streamToPromise(stream)).toString(), contentType: 'application/xml; charset=utf-8' }
}

// GET /v1/sitemap.xml — every published article of the clinic with its last change, written by `sitemap`.
import { SitemapStream, streamToPromise } from 'sitemap'

import type { RouteFill } from '../route'

import { noParams, parseParams } from '../params'
import { publishedPostsOf } from '../queries/publishedPosts'
import { noSiteProblem, siteAddressesOf } from '../siteAddresses'

/** The sitemap protocol's limit per file. */
const maxUrls = 50_000

export const sitemap: RouteFill = async ({ clinic, delivery: { payload }, url }) => {
  const parsed = parseParams(noParams, url)
  if ('problem' in parsed) return parsed.problem
  const site = siteAddressesOf(clinic)
  if (!site.home || !site.blog) return noSiteProblem('sitemap')
  const { docs } = await payload.find({
    collection: 'posts',
    depth: 0,
    limit: maxUrls,
    overrideAccess: true,
    pagination: false,
    select: { seo: { canonicalUrl: true, noIndex: true }, slug: true, updatedAt: true },
    sort: '-publishedAt',
    where: publishedPostsOf(clinic.id),
  })
  const stream = new SitemapStream({ hostname: site.home })
  stream.write({ changefreq: 'daily', url: site.blog })
  // A sitemap lists this site's own pages: a post whose canonical address is on another site is that site's to list.
  const isOwn = (address: null | string) => address?.startsWith(`${site.home}/`)
  for (const post of docs) {
    const address = site.article({ canonicalUrl: post.seo?.canonicalUrl, slug: post.slug })
    if (!post.seo?.noIndex && address && isOwn(address)) stream.write({ lastmod: post.updatedAt, url: address })
  }
  stream.end()
  return { body: (await streamToPromise(stream)).toString(), contentType: 'application/xml; charset=utf-8' }
}

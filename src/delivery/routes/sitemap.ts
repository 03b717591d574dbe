// GET /v1/sitemap.xml — every published article of the clinic with its last change, written by `sitemap`.
import { SitemapStream, streamToPromise } from 'sitemap'

import type { DeliveryRoute } from '@/delivery/route'

import { noParams, type NoParams } from '@/delivery/params'
import { sitemapPosts } from '@/delivery/queries/publishedPosts'
import { noSiteProblem, siteAddressesOf } from '@/delivery/siteAddresses'

/** The sitemap protocol's limit per file. */
const maxUrls = 50_000

/** The site's home and blog (a sitemap needs both) and its posts. */
type SitemapSource = { blog: string; home: string; posts: Awaited<ReturnType<typeof sitemapPosts>> }

export const sitemap: DeliveryRoute<NoParams, SitemapSource> = {
  load: async ({ clinic, delivery: { payload } }) => {
    const { blog, home } = siteAddressesOf(clinic)
    if (!home || !blog) return noSiteProblem('sitemap')
    return { blog, home, posts: await sitemapPosts({ clinicId: clinic.id, limit: maxUrls, payload }) }
  },
  params: noParams,
  serialize: async ({ blog, home, posts }, { clinic }) => {
    const site = siteAddressesOf(clinic)
    const stream = new SitemapStream({ hostname: home })
    stream.write({ changefreq: 'daily', url: blog })
    // A sitemap lists this site's own pages: a post whose canonical address is on another site is that site's to list.
    const isOwn = (address: null | string) => address?.startsWith(`${home}/`)
    for (const post of posts) {
      const address = site.article({ canonicalUrl: post.seo?.canonicalUrl, slug: post.slug })
      if (!post.seo?.noIndex && address && isOwn(address)) stream.write({ lastmod: post.updatedAt, url: address })
    }
    stream.end()
    return { body: (await streamToPromise(stream)).toString(), contentType: 'application/xml; charset=utf-8' }
  },
}

// GET /v1/feed.xml (RSS 2.0), /v1/feed.atom (Atom 1.0) and /v1/feed.json (JSON Feed 1.1): the clinic's latest
// published posts. RSS and Atom are written by the `feed` library; it only speaks JSON Feed 1.0, so the 1.1
// document (a plain JSON object) is built here from the same items.
import escapeHtml from 'escape-html'
import { Feed } from 'feed'

import type { Clinic } from '../../payload-types'
import type { Rendered, RouteFill } from '../route'

import { noParams, parseParams } from '../params'
import { publicOrigin } from '../publicOrigin'
import { publishedPostsOf, summaryPopulate, summarySelect } from '../queries/publishedPosts'
import { articleUrl, clinicSiteUrl, noSiteProblem } from '../serializers/clinicSiteUrl'
import { type PostSummary, serializePostSummary } from '../serializers/serializePostSummary'

const itemCount = 20
type Format = 'atom' | 'json' | 'rss'

const feedUrl = (format: Format) => `${publicOrigin()}/v1/feed.${format === 'rss' ? 'xml' : format}`

const itemsOf = (clinic: Clinic, posts: PostSummary[]) =>
  posts.map((post) => ({
    authors: post.author ? [{ name: [post.author.name, post.author.credentials].filter(Boolean).join(', ') }] : [],
    date: new Date(post.publishedAt ?? Date.now()),
    image: post.heroImage?.sizes.social?.url ?? post.heroImage?.url,
    summary: post.excerpt ?? undefined,
    tags: post.topics.map((topic) => topic.name),
    title: post.title,
    url: articleUrl(clinic, post.slug),
  }))

const jsonFeed = (clinic: Clinic, items: ReturnType<typeof itemsOf>): Rendered => ({
  body: JSON.stringify({
    authors: [{ name: clinic.name }],
    description: `Articles from ${clinic.name}, reviewed by medical editors.`,
    feed_url: feedUrl('json'),
    home_page_url: clinicSiteUrl(clinic),
    items: items.map((item) => ({
      authors: item.authors,
      date_published: item.date.toISOString(),
      id: item.url,
      image: item.image,
      summary: item.summary,
      tags: item.tags,
      title: item.title,
      url: item.url,
    })),
    language: 'en',
    title: `${clinic.name} blog`,
    version: 'https://jsonfeed.org/version/1.1',
  }),
  contentType: 'application/feed+json; charset=utf-8',
})

const xmlFeed = (clinic: Clinic, items: ReturnType<typeof itemsOf>, format: 'atom' | 'rss'): Rendered => {
  const home = clinicSiteUrl(clinic) as string
  const feed = new Feed({
    copyright: `© ${clinic.name}`,
    description: `Articles from ${clinic.name}, reviewed by medical editors.`,
    feedLinks: { atom: feedUrl('atom'), json: feedUrl('json'), rss: feedUrl('rss') },
    generator: 'Vetted',
    id: home,
    language: 'en',
    link: home,
    title: `${clinic.name} blog`,
    updated: items[0]?.date ?? new Date(0),
  })
  // Titles and excerpts are plain text, but `feed` writes them into HTML-typed elements (Atom's type="html", RSS's
  // description, which readers render as HTML): escaped, a "<img onerror>" in a title is shown, not run.
  for (const item of items) {
    feed.addItem({
      author: item.authors,
      category: item.tags.map((name) => ({ name })),
      date: item.date,
      description: item.summary && escapeHtml(item.summary),
      id: item.url,
      image: item.image,
      link: item.url,
      title: escapeHtml(item.title),
    })
  }
  return format === 'rss'
    ? { body: feed.rss2(), contentType: 'application/rss+xml; charset=utf-8' }
    : { body: feed.atom1(), contentType: 'application/atom+xml; charset=utf-8' }
}

export const feedOf =
  (format: Format): RouteFill =>
  async ({ clinic, delivery: { payload }, url }) => {
    const parsed = parseParams(noParams, url)
    if ('problem' in parsed) return parsed.problem
    if (!clinicSiteUrl(clinic)) return noSiteProblem('feed')
    const { docs } = await payload.find({
      collection: 'posts',
      depth: 1,
      limit: itemCount,
      overrideAccess: true,
      pagination: false,
      populate: summaryPopulate,
      select: summarySelect,
      sort: '-publishedAt',
      where: publishedPostsOf(clinic.id),
    })
    const items = itemsOf(clinic, docs.map(serializePostSummary))
    return format === 'json' ? jsonFeed(clinic, items) : xmlFeed(clinic, items, format)
  }

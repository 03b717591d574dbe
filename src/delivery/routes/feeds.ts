// GET /v1/feed.xml (RSS 2.0), /v1/feed.atom (Atom 1.0) and /v1/feed.json (JSON Feed 1.1): the clinic's latest
// published posts. RSS and Atom are written by the `feed` library; it only speaks JSON Feed 1.0, so the 1.1
// document (a plain JSON object) is built here from the same items.
import escapeHtml from 'escape-html'
import { Feed } from 'feed'

import type { Rendered, RouteFill } from '../route'

import { contentLanguage } from '../contentLanguage'
import { noParams, parseParams } from '../params'
import { publicOrigin } from '../publicOrigin'
import { publishedPostsOf, summaryPopulate, summarySelect } from '../queries/publishedPosts'
import { type PostSummary, serializePostSummary } from '../serializers/serializePostSummary'
import { noSiteProblem, siteAddressesOf } from '../siteAddresses'

const itemCount = 20
type Format = 'atom' | 'json' | 'rss'

const feedUrl = (format: Format) => `${publicOrigin()}/v1/feed.${format === 'rss' ? 'xml' : format}`

// Every summary has an address once the clinic has a domain, which a feed needs first.
const itemsOf = (posts: PostSummary[]) =>
  posts
    .flatMap(({ url, ...post }) => (url ? [{ ...post, url }] : []))
    .map((post) => ({
      authors: post.author ? [{ name: [post.author.name, post.author.credentials].filter(Boolean).join(', ') }] : [],
      image: post.heroImage?.sizes.social?.url ?? post.heroImage?.url,
      published: new Date(post.publishedAt ?? Date.now()),
      summary: post.excerpt ?? undefined,
      tags: post.topics,
      title: post.title,
      // A medical editor's later review is the article's last meaningful change; never before its publication.
      updated: new Date(
        Math.max(Date.parse(post.publishedAt ?? ''), Date.parse(post.lastReviewedAt ?? '')) || Date.now(),
      ),
      url: post.url,
    }))

type Site = { home: string; name: string }

const jsonFeed = (clinic: Site, items: ReturnType<typeof itemsOf>): Rendered => ({
  body: JSON.stringify({
    authors: [{ name: clinic.name }],
    description: `Articles from ${clinic.name}, reviewed by medical editors.`,
    feed_url: feedUrl('json'),
    home_page_url: clinic.home,
    items: items.map((item) => ({
      authors: item.authors,
      // JSON Feed requires content_html or content_text; the feed carries the article's excerpt, not its body.
      content_text: item.summary ?? item.title,
      date_modified: item.updated.toISOString(),
      date_published: item.published.toISOString(),
      id: item.url,
      image: item.image,
      summary: item.summary,
      tags: item.tags.map((topic) => topic.name),
      title: item.title,
      url: item.url,
    })),
    language: contentLanguage,
    title: `${clinic.name} blog`,
    version: 'https://jsonfeed.org/version/1.1',
  }),
  contentType: 'application/feed+json; charset=utf-8',
})

const xmlFeed = (clinic: Site, items: ReturnType<typeof itemsOf>, format: 'atom' | 'rss'): Rendered => {
  const { home } = clinic
  const feed = new Feed({
    copyright: `© ${clinic.name}`,
    description: `Articles from ${clinic.name}, reviewed by medical editors.`,
    feedLinks: { atom: feedUrl('atom'), json: feedUrl('json'), rss: feedUrl('rss') },
    generator: 'Vetted',
    id: home,
    language: contentLanguage,
    link: home,
    title: `${clinic.name} blog`,
    updated: items.reduce((latest, item) => (item.updated > latest ? item.updated : latest), new Date(0)),
  })
  // Titles and excerpts are plain text, but `feed` writes them into HTML-typed elements (Atom's type="html", RSS's
  // description, which readers render as HTML): escaped, a "<img onerror>" in a title is shown, not run.
  for (const item of items) {
    feed.addItem({
      // RSS's <author> is an e-mail address; a name goes in Dublin Core's <dc:creator>. Atom's <author> takes one.
      author: format === 'atom' ? item.authors : undefined,
      extensions:
        format === 'rss'
          ? item.authors.map((author) => ({ name: 'dc:creator', objects: { _text: author.name } }))
          : undefined,
      // Atom requires a category's term: the topic's slug, with its name as the label (RSS shows the name).
      category: item.tags.map((topic) => ({ name: topic.name, term: topic.slug })),
      date: item.updated,
      description: item.summary && escapeHtml(item.summary),
      id: item.url,
      image: item.image,
      link: item.url,
      published: item.published,
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
    const site = siteAddressesOf(clinic)
    if (!site.home) return noSiteProblem('feed')
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
    const items = itemsOf(docs.map((post) => serializePostSummary(post, site)))
    const named = { home: site.home, name: clinic.name }
    return format === 'json' ? jsonFeed(named, items) : xmlFeed(named, items, format)
  }

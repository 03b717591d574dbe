// GET /v1/feed.xml (RSS 2.0), /v1/feed.atom (Atom 1.0) and /v1/feed.json (JSON Feed 1.1): the clinic's latest
// published articles, whole: the same reviewed HTML the article route serves, read from the delivery rows. RSS and
// Atom are written by the `feed` library; it only speaks JSON Feed 1.0, so the 1.1 document (a plain JSON object)
// is built here from the same items.
import escapeHtml from 'escape-html'
import { Feed } from 'feed'

import type { JsonFeed, PostSummary } from '@/delivery/openapi/schemas'
import type { DeliveryRoute, Rendered } from '@/delivery/route'

import { contentLanguage } from '@/delivery/contentLanguage'
import { noParams, type NoParams } from '@/delivery/params'
import { publicOrigin } from '@/delivery/publicOrigin'
import { newestArticles } from '@/delivery/readModel/currentArticles'
import { noSiteProblem, siteAddressesOf } from '@/delivery/siteAddresses'

const itemCount = 20
type Format = 'atom' | 'json' | 'rss'

const feedUrl = (format: Format) => `${publicOrigin()}/v1/feed.${format === 'rss' ? 'xml' : format}`

/** What a feed item takes of an article: its summary and its reviewed body. */
type FeedArticle = PostSummary & { html: string }

// Every article has an address once the clinic has a domain, which a feed needs first.
const itemsOf = (articles: FeedArticle[]) =>
  articles
    .flatMap(({ url, ...post }) => (url ? [{ ...post, url }] : []))
    .map((post) => ({
      authors: post.author ? [{ name: [post.author.name, post.author.credentials].filter(Boolean).join(', ') }] : [],
      html: post.html,
      image: post.heroImage?.sizes.social ?? post.heroImage ?? undefined,
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
      content_html: item.html,
      date_modified: item.updated.toISOString(),
      date_published: item.published.toISOString(),
      id: item.url,
      image: item.image?.url,
      summary: item.summary,
      tags: item.tags.map((topic) => topic.name),
      title: item.title,
      url: item.url,
    })),
    language: contentLanguage,
    title: `${clinic.name} blog`,
    version: 'https://jsonfeed.org/version/1.1',
  } satisfies JsonFeed),
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
      // The whole reviewed body: RSS's content:encoded, Atom's <content type="html">.
      content: item.html,
      date: item.updated,
      description: item.summary && escapeHtml(item.summary),
      // RSS's enclosure needs the file's real length and type. Atom's enclosure link would get a type made from the
      // file name's extension (image/jpg, no such type), so Atom entries go without one.
      enclosure:
        format === 'rss' && item.image?.mimeType && item.image.filesize
          ? { length: item.image.filesize, type: item.image.mimeType, url: item.image.url }
          : undefined,
      id: item.url,
      link: item.url,
      published: item.published,
      title: escapeHtml(item.title),
    })
  }
  return format === 'rss'
    ? { body: feed.rss2(), contentType: 'application/rss+xml; charset=utf-8' }
    : { body: feed.atom1(), contentType: 'application/atom+xml; charset=utf-8' }
}

/** The site's home (a feed needs one) and the clinic's newest articles, each the JSON text it is stored as. */
type FeedSource = { articles: string[]; home: string }

export const feedOf = (format: Format): DeliveryRoute<NoParams, FeedSource> => ({
  load: async ({ clinic, delivery: { payload } }) => {
    const { home } = siteAddressesOf(clinic)
    if (!home) return noSiteProblem('feed')
    const articles = await newestArticles({ clinic, limit: itemCount, payload })
    return { articles: articles.map(({ article }) => article), home }
  },
  params: noParams,
  serialize: ({ articles, home }, { clinic }) => {
    const items = itemsOf(articles.map((article) => JSON.parse(article) as FeedArticle))
    const named = { home, name: clinic.name }
    return format === 'json' ? jsonFeed(named, items) : xmlFeed(named, items, format)
  },
})

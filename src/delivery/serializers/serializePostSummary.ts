import type { DeliveredTopic, PostSummary } from '@/delivery/openapi/schemas'
import type { SiteAddresses } from '@/delivery/siteAddresses'
import type { Author, Post, Topic } from '@/payload-types'

import { liveTopicsOf } from './liveTopicsOf'
import { populated } from './populated'
import { serializeImage } from './serializeImage'

export const serializeTopic = (topic: Pick<Topic, 'name' | 'slug'>, site: SiteAddresses): DeliveredTopic => ({
  name: topic.name,
  slug: topic.slug,
  url: site.topic(topic.slug),
})

/** A post as lists, feeds and related-post links show it. */
export type SummarySource = Pick<
  Post,
  'author' | 'excerpt' | 'heroImage' | 'lastReviewedAt' | 'publishedAt' | 'slug' | 'title' | 'topics'
> & { seo?: null | Pick<NonNullable<Post['seo']>, 'canonicalUrl'> }

export const serializePostSummary = (post: SummarySource, site: SiteAddresses): PostSummary => {
  const author = populated<Author>(post.author)
  return {
    author: author
      ? { credentials: author.credentials ?? null, name: author.name, slug: author.slug, url: site.author(author.slug) }
      : null,
    excerpt: post.excerpt ?? null,
    heroImage: serializeImage(populated(post.heroImage)),
    lastReviewedAt: post.lastReviewedAt ?? null,
    publishedAt: post.publishedAt ?? null,
    slug: post.slug,
    title: post.title,
    topics: liveTopicsOf(post.topics).map((topic) => serializeTopic(topic, site)),
    url: site.article({ canonicalUrl: post.seo?.canonicalUrl, slug: post.slug }),
  }
}

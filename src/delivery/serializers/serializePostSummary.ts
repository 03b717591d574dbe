import type { Author, Post, Topic } from '../../payload-types'

import { liveTopicsOf } from './liveTopicsOf'
import { populated } from './populated'
import { type DeliveredImage, serializeImage } from './serializeImage'

export type DeliveredTopic = { name: string; slug: string }

export type PostSummary = {
  author: { credentials: null | string; name: string; slug: string } | null
  excerpt: null | string
  heroImage: DeliveredImage | null
  lastReviewedAt: null | string
  publishedAt: null | string
  slug: string
  title: string
  topics: DeliveredTopic[]
}

export const serializeTopic = (topic: Topic): DeliveredTopic => ({ name: topic.name, slug: topic.slug })

/** A post as lists, feeds and related-post links show it. */
export type SummarySource = Pick<
  Post,
  'author' | 'excerpt' | 'heroImage' | 'lastReviewedAt' | 'publishedAt' | 'slug' | 'title' | 'topics'
>

export const serializePostSummary = (post: SummarySource): PostSummary => {
  const author = populated<Author>(post.author)
  return {
    author: author ? { credentials: author.credentials ?? null, name: author.name, slug: author.slug } : null,
    excerpt: post.excerpt ?? null,
    heroImage: serializeImage(populated(post.heroImage)),
    lastReviewedAt: post.lastReviewedAt ?? null,
    publishedAt: post.publishedAt ?? null,
    slug: post.slug,
    title: post.title,
    topics: liveTopicsOf(post.topics).map(serializeTopic),
  }
}

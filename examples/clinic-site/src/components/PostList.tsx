import type { PostSummary } from '@vetted/client'

import Link from 'next/link'

import { formatDate } from '../vetted'

export function PostList({ posts }: { posts: PostSummary[] }) {
  if (posts.length === 0) return <p>No articles yet.</p>
  return (
    <ul className="post-list">
      {posts.map((post) => {
        const image = post.heroImage?.sizes['card'] ?? post.heroImage
        return (
          <li key={post.slug}>
            {image && post.heroImage ? (
              // Vetted serves the sizes already; Next's optimiser has nothing to add.
              <img
                alt={post.heroImage.alt}
                height={image.height ?? undefined}
                loading="lazy"
                src={image.url}
                width={image.width ?? undefined}
              />
            ) : null}
            <h2>
              <Link href={`/blog/${post.slug}`}>{post.title}</Link>
            </h2>
            {post.excerpt ? <p>{post.excerpt}</p> : null}
            <p className="meta">
              {post.publishedAt ? <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time> : null}
              {post.author ? <> · {post.author.name}</> : null}
              {post.topics.map((topic) => (
                <span key={topic.slug}>
                  {' · '}
                  <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
                </span>
              ))}
            </p>
          </li>
        )
      })}
    </ul>
  )
}

import type { Metadata } from 'next'

import Link from 'next/link'

import { PostList } from '../../../components/PostList'
import { References } from '../../../components/References'
import { ReviewerBox } from '../../../components/ReviewerBox'
import { feedLinks } from '../../../feedLinks'
import { formatDate, found, vetted } from '../../../vetted'

type Props = { params: Promise<{ slug: string }> }

const articleOf = async (slug: string) => found(await vetted().GET('/posts/{slug}', { params: { path: { slug } } }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleOf((await params).slug)
  const image = article.seo.image?.sizes['social'] ?? article.seo.image
  const description = article.seo.description ?? article.excerpt ?? undefined
  return {
    alternates: { canonical: article.seo.canonicalUrl, types: feedLinks },
    ...(description ? { description } : {}),
    openGraph: {
      ...(image ? { images: [{ alt: article.seo.image?.alt ?? '', url: image.url }] } : {}),
      type: 'article',
      ...(article.seo.canonicalUrl ? { url: article.seo.canonicalUrl } : {}),
    },
    robots: article.seo.noIndex ? { follow: true, index: false } : null,
    title: article.seo.title,
  }
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleOf((await params).slug)
  const hero = article.heroImage?.sizes['hero'] ?? article.heroImage
  return (
    <article className="article">
      <header>
        <p className="topics">
          {article.topics.map((topic) => (
            <Link href={`/topics/${topic.slug}`} key={topic.slug}>
              {topic.name}
            </Link>
          ))}
        </p>
        <h1>{article.title}</h1>
        <p className="meta">
          {article.author ? (
            <>
              By <Link href={`/authors/${article.author.slug}`}>{article.author.name}</Link>
              {article.author.credentials ? `, ${article.author.credentials}` : null} ·{' '}
            </>
          ) : null}
          {article.publishedAt ? <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time> : null} ·{' '}
          {article.readingMinutes} min read
        </p>
        {hero && article.heroImage ? (
          <img
            alt={article.heroImage.alt}
            className="hero"
            height={hero.height ?? undefined}
            src={hero.url}
            width={hero.width ?? undefined}
          />
        ) : null}
      </header>
      <ReviewerBox article={article} />
      {article.tableOfContents.length > 1 ? (
        <nav aria-label="Contents" className="toc">
          <h2>Contents</h2>
          <ol>
            {article.tableOfContents.map((entry) => (
              <li className={`level-${entry.level}`} key={entry.id}>
                <a href={`#${entry.id}`}>{entry.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {/* Vetted's rendered body: sanitised there, with citation markers linking to the references below. */}
      <div className="body" dangerouslySetInnerHTML={{ __html: article.html }} />
      <References references={article.references} />
      {article.clinic.consultation ? (
        <p className="cta-box">
          <a className="cta" href={article.clinic.consultation.url}>
            {article.clinic.consultation.label}
          </a>
        </p>
      ) : null}
      {article.clinic.disclaimer ? <p className="disclaimer">{article.clinic.disclaimer}</p> : null}
      {article.related.length > 0 ? (
        <aside aria-labelledby="related">
          <h2 id="related">Related articles</h2>
          <PostList posts={article.related} />
        </aside>
      ) : null}
      {/* Vetted escapes <, > and & in this JSON, so it is safe verbatim inside the script element. */}
      {article.jsonLd ? (
        <script dangerouslySetInnerHTML={{ __html: article.jsonLd }} type="application/ld+json" />
      ) : null}
    </article>
  )
}

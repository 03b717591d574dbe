import type { Metadata } from 'next'

import { PostList } from '../../../components/PostList'
import { found, vetted } from '../../../vetted'

type Props = { params: Promise<{ slug: string }> }

const authorOf = async (slug: string) => found(await vetted().GET('/authors/{slug}', { params: { path: { slug } } }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await authorOf((await params).slug)
  return { description: author.bio ?? `Articles by ${author.name}.`, title: author.name }
}

export default async function AuthorPage({ params }: Props) {
  const author = await authorOf((await params).slug)
  const photo = author.photo?.sizes['thumbnail'] ?? author.photo
  return (
    <>
      <header className="author">
        {photo && author.photo ? (
          <img alt={author.photo.alt} height={photo.height ?? 96} src={photo.url} width={photo.width ?? 96} />
        ) : null}
        <h1>
          {author.name}
          {author.credentials ? `, ${author.credentials}` : null}
        </h1>
        {author.jobTitle ? <p>{author.jobTitle}</p> : null}
        {author.bio ? <p>{author.bio}</p> : null}
      </header>
      <h2>Articles</h2>
      <PostList posts={author.posts} />
    </>
  )
}

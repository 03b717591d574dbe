import type { Metadata } from 'next'

import { Pagination } from '../../../components/Pagination'
import { PostList } from '../../../components/PostList'
import { found, vetted } from '../../../vetted'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> }

const topicOf = async (slug: string) => found(await vetted().GET('/topics/{slug}', { params: { path: { slug } } }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await topicOf((await params).slug)
  return { description: topic.description ?? `Articles about ${topic.name}.`, title: topic.name }
}

export default async function TopicPage({ params, searchParams }: Props) {
  const { slug } = await params
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? '1', 10) || 1)
  const topic = await topicOf(slug)
  const list = found(await vetted().GET('/posts', { params: { query: { limit: 10, page, topic: slug } } }))
  return (
    <>
      <h1>{topic.name}</h1>
      {topic.description ? <p>{topic.description}</p> : null}
      <PostList posts={list.docs} />
      <Pagination page={list.page} path={`/topics/${slug}`} totalPages={list.totalPages} />
    </>
  )
}

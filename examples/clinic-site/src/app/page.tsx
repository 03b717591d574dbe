import { Pagination } from '../components/Pagination'
import { PostList } from '../components/PostList'
import { found, vetted } from '../vetted'

export default async function BlogIndex({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? '1', 10) || 1)
  const list = found(await vetted().GET('/posts', { params: { query: { limit: 10, page } } }))
  return (
    <>
      <h1>Articles</h1>
      <PostList posts={list.docs} />
      <Pagination page={list.page} path="/" totalPages={list.totalPages} />
    </>
  )
}

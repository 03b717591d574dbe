// GET /v1/posts — the clinic's published posts, newest first, by topic, author or words in the title and excerpt:
// one indexed range of the clinic's current delivery rows, each carrying the summary rendered with it.
import type { Where } from 'payload'

import type { DeliveryRoute } from '@/delivery/route'

import { listPostsParams, type ListPostsParams } from '@/delivery/params'
import { problem } from '@/delivery/problem'
import { authorIdBySlug } from '@/delivery/queries/authors'
import { postListPage } from '@/delivery/queries/postListPage'
import { topicBySlug } from '@/delivery/queries/topicBySlug'
import { searchConditionsOf } from '@/delivery/readModel/indexedFieldsOf'
import { summariesOf } from '@/delivery/readModel/summariesOf'
import { type PostListPage, serializePostList } from '@/delivery/serializers/serializePostList'

export const listPosts: DeliveryRoute<ListPostsParams, PostListPage> = {
  load: async ({ clinic, delivery: { payload }, params: { author, limit, page, q, topic } }) => {
    const conditions: Where[] = []
    if (topic) {
      const found = await topicBySlug(payload, topic)
      if (!found) return problem.badParameter('topic', `there is no topic "${topic}"`)
      conditions.push({ topics: { equals: found.id } })
    }
    if (author) {
      const authorId = await authorIdBySlug({ clinicId: clinic.id, payload, slug: author })
      if (!authorId) return problem.badParameter('author', `this clinic has no author "${author}"`)
      conditions.push({ author: { equals: authorId } })
    }
    // Whole words, through the index on the rows' terms (searchConditionsOf): never a LIKE scan of the clinic.
    if (q) conditions.push(...searchConditionsOf(q))
    const { rows, ...position } = await postListPage({ clinicId: clinic.id, conditions, limit, page, payload })
    return { ...position, docs: await summariesOf({ clinic, payload, rows }), limit, page }
  },
  params: listPostsParams,
  serialize: (list, { url }) => serializePostList(list, url),
}

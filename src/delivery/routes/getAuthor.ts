// GET /v1/authors/:slug — one of the clinic's authors and their published posts.
import type { RouteFill } from '../route'

import { noParams, parseParams, slugPathParam } from '../params'
import { problem } from '../problem'
import { isShownAuthor } from '../queries/isShownAuthor'
import { publishedPostsOf, summaryPopulate, summarySelect } from '../queries/publishedPosts'
import { json } from '../route'
import { serializeAuthor } from '../serializers/serializeAuthor'
import { serializePostSummary } from '../serializers/serializePostSummary'
import { siteAddressesOf } from '../siteAddresses'

const notFound = () => problem.notFound('This clinic has no author with this slug.')

export const getAuthor: RouteFill = async ({ clinic, delivery: { payload }, pathParams, url }) => {
  const parsed = parseParams(noParams, url)
  if ('problem' in parsed) return parsed.problem
  if (!slugPathParam.safeParse(pathParams.slug).success) return notFound()
  const { docs } = await payload.find({
    collection: 'authors',
    depth: 1,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { and: [{ clinic: { equals: clinic.id } }, { slug: { equals: pathParams.slug } }] },
  })
  const author = docs[0]
  if (!author) return notFound()
  const posts = await payload.find({
    collection: 'posts',
    depth: 1,
    limit: 50,
    overrideAccess: true,
    pagination: false,
    populate: summaryPopulate,
    select: summarySelect,
    sort: '-publishedAt',
    where: publishedPostsOf(clinic.id, { author: { equals: author.id } }),
  })
  // An author named only by drafts has no page yet: their words are reviewed with their first published post.
  if (!posts.docs.length && !(await isShownAuthor({ authorId: author.id, clinicId: clinic.id, payload }))) {
    return notFound()
  }
  const site = siteAddressesOf(clinic)
  return json({ ...serializeAuthor(author, site), posts: posts.docs.map((post) => serializePostSummary(post, site)) })
}

// GET /v1/authors — the clinic's shown authors (see isShownAuthor), by name, each with how many published posts
// they have.
import type { RouteFill } from '../route'

import { noParams, parseParams } from '../params'
import { isShownAuthor } from '../queries/isShownAuthor'
import { publishedPostsOf } from '../queries/publishedPosts'
import { json } from '../route'
import { serializeAuthor } from '../serializers/serializeAuthor'
import { siteAddressesOf } from '../siteAddresses'

export const listAuthors: RouteFill = async ({ clinic, delivery: { payload }, url }) => {
  const parsed = parseParams(noParams, url)
  if ('problem' in parsed) return parsed.problem
  const { docs } = await payload.find({
    collection: 'authors',
    depth: 1,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'name',
    where: { clinic: { equals: clinic.id } },
  })
  const site = siteAddressesOf(clinic)
  const counted = await Promise.all(
    docs.map(async (author) => {
      const { totalDocs } = await payload.count({
        collection: 'posts',
        overrideAccess: true,
        where: publishedPostsOf(clinic.id, { author: { equals: author.id } }),
      })
      const isShown = totalDocs > 0 || (await isShownAuthor({ authorId: author.id, clinicId: clinic.id, payload }))
      return isShown ? [{ ...serializeAuthor(author, site), postCount: totalDocs }] : []
    }),
  )
  return json({ docs: counted.flat() })
}

// GET /v1/authors — the clinic's authors, by name, each with how many published posts they have.
import type { RouteFill } from '../route'

import { noParams, parseParams } from '../params'
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
  return json({
    docs: await Promise.all(
      docs.map(async (author) => ({
        ...serializeAuthor(author, site),
        postCount: (
          await payload.count({
            collection: 'posts',
            overrideAccess: true,
            where: publishedPostsOf(clinic.id, { author: { equals: author.id } }),
          })
        ).totalDocs,
      })),
    ),
  })
}

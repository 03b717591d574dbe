// GET /v1/authors — the clinic's shown authors (see isShownAuthor), by name, each with how many published posts
// they have.
import type { Author } from '../../payload-types'
import type { DeliveryRoute } from '../route'

import { noParams, type NoParams } from '../params'
import { authorsByName } from '../queries/authors'
import { isShownAuthor } from '../queries/isShownAuthor'
import { countPublishedPosts } from '../queries/publishedPosts'
import { json } from '../route'
import { serializeAuthor } from '../serializers/serializeAuthor'
import { siteAddressesOf } from '../siteAddresses'

type CountedAuthor = { author: Author; postCount: number }

export const listAuthors: DeliveryRoute<NoParams, CountedAuthor[]> = {
  load: async ({ clinic, delivery: { payload } }) => {
    const authors = await authorsByName({ clinicId: clinic.id, payload })
    const counted = await Promise.all(
      authors.map(async (author): Promise<CountedAuthor[]> => {
        const postCount = await countPublishedPosts({
          clinicId: clinic.id,
          payload,
          where: { author: { equals: author.id } },
        })
        const isShown = postCount > 0 || (await isShownAuthor({ authorId: author.id, clinicId: clinic.id, payload }))
        return isShown ? [{ author, postCount }] : []
      }),
    )
    return counted.flat()
  },
  params: noParams,
  serialize: (counted, { clinic }) => {
    const site = siteAddressesOf(clinic)
    return json({ docs: counted.map(({ author, postCount }) => ({ ...serializeAuthor(author, site), postCount })) })
  },
}

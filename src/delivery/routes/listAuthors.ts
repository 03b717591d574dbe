// GET /v1/authors — the clinic's shown authors (see isShownAuthor), by name, each with how many published posts
// they have.
import type { DeliveryRoute } from '@/delivery/route'
import type { Author } from '@/payload-types'

import { noParams, type NoParams } from '@/delivery/params'
import { authorsByName } from '@/delivery/queries/authors'
import { isOnCurrentRow } from '@/delivery/queries/isShownAuthor'
import { countPublishedPosts } from '@/delivery/queries/publishedPosts'
import { json } from '@/delivery/route'
import { serializeAuthor } from '@/delivery/serializers/serializeAuthor'
import { siteAddressesOf } from '@/delivery/siteAddresses'

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
        const isShown = postCount > 0 || (await isOnCurrentRow({ authorId: author.id, payload }))
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

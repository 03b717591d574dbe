import type { DeliveredAuthor } from '@/delivery/openapi/schemas'
import type { SiteAddresses } from '@/delivery/siteAddresses'
import type { Author } from '@/payload-types'

import { serializeImage } from './serializeImage'

/** The fields of an author that leave the building; nothing else does. */
export const serializeAuthor = (author: Author, site: SiteAddresses): DeliveredAuthor => ({
  bio: author.bio ?? null,
  credentials: author.credentials ?? null,
  jobTitle: author.jobTitle ?? null,
  name: author.name,
  photo: serializeImage(author.photo),
  slug: author.slug,
  url: site.author(author.slug),
})

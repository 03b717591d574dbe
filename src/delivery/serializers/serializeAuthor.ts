import type { Author } from '../../payload-types'
import type { SiteAddresses } from '../siteAddresses'

import { type DeliveredImage, serializeImage } from './serializeImage'

export type DeliveredAuthor = {
  bio: null | string
  credentials: null | string
  jobTitle: null | string
  name: string
  photo: DeliveredImage | null
  slug: string
  /** The author's page on the clinic website; null while the clinic has no domain. */
  url: null | string
}

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

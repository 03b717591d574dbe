// schema.org MedicalWebPage JSON-LD for a published post: who wrote it, which medical editor reviewed it and when,
// the clinic behind it, and the vetted works it cites, so search engines can see the review as readers do.
import type { ImageObject, MedicalWebPage, NewsArticle, Person, ScholarlyArticle, WithContext } from 'schema-dts'

import type { Author, Clinic, Post, Topic, User } from '../../payload-types'
import type { DeliveredImage } from '../serializers/serializeImage'
import type { RenderReference } from './types'

import { clinicSiteUrl } from '../serializers/clinicSiteUrl'
import { isCitable } from './isCitable'
import { referenceLinks } from './referenceLinks'

export type MedicalWebPageInput = {
  author?: null | Pick<Author, 'credentials' | 'jobTitle' | 'name'>
  clinic: Pick<Clinic, 'domains' | 'name'>
  /** The page's image as delivered (the SEO image, else the hero). */
  image?: DeliveredImage | null
  /** The clinic's logo as delivered. */
  logo?: DeliveredImage | null
  post: Pick<Post, 'excerpt' | 'lastReviewedAt' | 'publishedAt' | 'title' | 'updatedAt'> & {
    seo?: null | Pick<NonNullable<Post['seo']>, 'description'>
  }
  /** The works cited, in reference-list order; any that are not citable are left out here too. */
  references: RenderReference[]
  /** The post's medical reviewer. Credentials are shown only once an admin has verified the licence. */
  reviewer?:
    | null
    | (Pick<User, 'name'> & {
        credentials?: null | Pick<NonNullable<User['credentials']>, 'degree' | 'specialty' | 'verifiedAt'>
      })
  topics?: Pick<Topic, 'name'>[]
  /** The post's canonical address on the clinic site. */
  url: string
}

/**
 * The 1200×630 "social" size is the one made for sharing and rich results; the original otherwise. Width and height
 * are plain pixel counts, as Google's image guidelines read them (schema-dts types them as text or QuantitativeValue).
 */
const imageOf = (image: DeliveredImage | null | undefined, size?: 'social'): ImageObject | undefined => {
  if (!image) return undefined
  const source = (size && image.sizes[size]) || image
  const pixels = { height: source.height ?? undefined, width: source.width ?? undefined } as Pick<
    ImageObject,
    'height' | 'width'
  >
  return { '@type': 'ImageObject', caption: image.alt || undefined, ...pixels, url: source.url }
}

const citationOf = (reference: RenderReference): NewsArticle | ScholarlyArticle => {
  const links = referenceLinks(reference)
  const identifier = [
    reference.doi && links.doi
      ? { '@type': 'PropertyValue' as const, propertyID: 'DOI', value: reference.doi.trim() }
      : undefined,
    reference.pmid && links.pubmed
      ? { '@type': 'PropertyValue' as const, propertyID: 'PMID', value: reference.pmid.trim() }
      : undefined,
  ].filter((value) => value !== undefined)
  const sameAs = [links.doi, links.pubmed].filter((value) => value !== undefined)
  const work = {
    author: (reference.authors ?? []).map(({ family, given }): Person => ({
      '@type': 'Person',
      familyName: family,
      givenName: given ?? undefined,
      name: [given, family].filter(Boolean).join(' '),
    })),
    datePublished: reference.year ? String(reference.year) : undefined,
    identifier: identifier.length > 0 ? identifier : undefined,
    name: reference.title,
    sameAs: sameAs.length > 0 ? sameAs : undefined,
    url: links.url ?? links.doi ?? links.pubmed,
  }
  const outlet = reference.journal?.trim()
  return reference.kind === 'news'
    ? { '@type': 'NewsArticle', ...work, publisher: outlet ? { '@type': 'Organization', name: outlet } : undefined }
    : { '@type': 'ScholarlyArticle', ...work, isPartOf: outlet ? { '@type': 'Periodical', name: outlet } : undefined }
}

export const buildMedicalWebPageJsonLd = ({
  author,
  clinic,
  image,
  logo,
  post,
  references,
  reviewer,
  topics = [],
  url,
}: MedicalWebPageInput): WithContext<MedicalWebPage> => {
  const verified = reviewer?.credentials?.verifiedAt ? reviewer.credentials : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    about: topics.length > 0 ? topics.map(({ name }) => ({ '@type': 'Thing', name })) : undefined,
    author: author
      ? {
          '@type': 'Person',
          honorificSuffix: author.credentials || undefined,
          jobTitle: author.jobTitle || undefined,
          name: author.name,
        }
      : undefined,
    citation: references.filter(isCitable).map(citationOf),
    dateModified: post.updatedAt,
    datePublished: post.publishedAt ?? undefined,
    description: post.seo?.description || post.excerpt || undefined,
    headline: post.title,
    image: imageOf(image, 'social'),
    keywords: topics.length > 0 ? topics.map(({ name }) => name).join(', ') : undefined,
    // schema.org types lastReviewed as a Date, not a DateTime.
    lastReviewed: post.lastReviewedAt ? post.lastReviewedAt.slice(0, 10) : undefined,
    publisher: {
      '@type': 'MedicalClinic',
      logo: imageOf(logo),
      name: clinic.name,
      url: clinicSiteUrl(clinic) && `${clinicSiteUrl(clinic)}/`,
    },
    reviewedBy: reviewer
      ? {
          '@type': 'Person',
          honorificSuffix: verified?.degree || undefined,
          knowsAbout: verified?.specialty || undefined,
          name: reviewer.name,
        }
      : undefined,
    url,
  }
}

// schema.org MedicalWebPage JSON-LD for a published post: who wrote it, which medical editor reviewed it and when,
// the clinic behind it, and the vetted works it cites, so search engines can see the review as readers do.
import type { ImageObject, MedicalWebPage, NewsArticle, Person, ScholarlyArticle, WithContext } from 'schema-dts'

import type { Author, Clinic, Media, Post, Topic, User } from '../../payload-types'
import type { RenderReference } from './types'

import { absoluteUrl } from './absoluteUrl'
import { isCitable } from './isCitable'
import { referenceLinks } from './referenceLinks'

type MediaLike = Pick<Media, 'alt' | 'url'> & {
  sizes?: null | { social?: null | Pick<NonNullable<NonNullable<Media['sizes']>['social']>, 'url'> }
}

export type MedicalWebPageInput = {
  author?: null | Pick<Author, 'credentials' | 'jobTitle' | 'name'>
  clinic: Pick<Clinic, 'domains' | 'name'> & { logo?: MediaLike | null | string }
  /** The hero or social image; an unpopulated id is ignored. */
  image?: MediaLike | null | string
  /** Where relative media addresses ("/api/media/file/…") are served from; without it they are left out. */
  mediaBaseUrl?: string
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

// The 1200×630 "social" size is the one made for sharing and rich results; the original otherwise.
const imageOf = (media: MediaLike | null | string | undefined, base: string | undefined): ImageObject | undefined => {
  if (!media || typeof media !== 'object') return undefined
  const social = media.sizes?.social
  const source = social?.url ? social : media
  const url = absoluteUrl(source.url, base)
  if (!url) return undefined
  // Width and height are left out: schema.org wants a Distance there, and the URL is what consumers read.
  return { '@type': 'ImageObject', caption: media.alt || undefined, url }
}

const clinicUrl = (domains: Clinic['domains']): string | undefined => {
  const domain = domains?.[0]?.trim()
  return domain ? absoluteUrl(`https://${domain}/`, undefined) : undefined
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
  mediaBaseUrl,
  post,
  references,
  reviewer,
  topics = [],
  url,
}: MedicalWebPageInput): WithContext<MedicalWebPage> => {
  const verified = reviewer?.credentials?.verifiedAt ? reviewer.credentials : undefined
  const logo = imageOf(clinic.logo, mediaBaseUrl)
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
    image: imageOf(image, mediaBaseUrl),
    keywords: topics.length > 0 ? topics.map(({ name }) => name).join(', ') : undefined,
    // schema.org types lastReviewed as a Date, not a DateTime.
    lastReviewed: post.lastReviewedAt ? post.lastReviewedAt.slice(0, 10) : undefined,
    publisher: { '@type': 'MedicalClinic', logo, name: clinic.name, url: clinicUrl(clinic.domains) },
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

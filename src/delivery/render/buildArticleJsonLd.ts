// schema.org JSON-LD for a published post, as one @graph: the BlogPosting (what Google's Article rich results read:
// headline, images, dates, author, publisher, the works it cites), the MedicalWebPage it is the main entity of (which
// medical editor reviewed it and when), the clinic as publisher and its website. Nodes refer to each other by @id,
// all on the article's canonical address, so search engines see the review as readers do.
import type {
  BlogPosting,
  Graph,
  ImageObject,
  MedicalClinic,
  MedicalWebPage,
  NewsArticle,
  Person,
  ScholarlyArticle,
  WebSite,
} from 'schema-dts'

import type { DeliveredImage } from '@/delivery/openapi/schemas'
import type { Author, Clinic, Post, Topic, User } from '@/payload-types'

import { contentLanguage } from '@/delivery/contentLanguage'
import { siteAddressesOf } from '@/delivery/siteAddresses'

import type { RenderReference } from './types'

import { isCitable } from './isCitable'
import { referenceLinks } from './referenceLinks'

export type ArticleJsonLdInput = {
  author?: null | Pick<Author, 'credentials' | 'jobTitle' | 'name' | 'slug'>
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
        /** Their profile page on the clinic's site and its photo, when an admin linked one. */
        image?: DeliveredImage | null
        url?: null | string
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

const reference = (id: string) => ({ '@id': id })

export const buildArticleJsonLd = ({
  author,
  clinic,
  image,
  logo,
  post,
  references,
  reviewer,
  topics = [],
  url,
}: ArticleJsonLdInput): Graph => {
  const verified = reviewer?.credentials?.verifiedAt ? reviewer.credentials : undefined
  const site = siteAddressesOf(clinic)
  const ids = {
    article: `${url}#article`,
    clinic: site.home ? `${site.home}/#organization` : `${url}#publisher`,
    page: url,
    website: site.home ? `${site.home}/#website` : undefined,
  }
  const about = topics.length > 0 ? topics.map(({ name }) => ({ '@type': 'Thing' as const, name })) : undefined
  const pageImage = imageOf(image, 'social')
  const article: BlogPosting = {
    '@type': 'BlogPosting',
    '@id': ids.article,
    about,
    author: author
      ? {
          '@type': 'Person',
          honorificSuffix: author.credentials || undefined,
          jobTitle: author.jobTitle || undefined,
          name: author.name,
          url: site.author(author.slug) ?? undefined,
        }
      : undefined,
    citation: references.filter(isCitable).map(citationOf),
    dateModified: post.updatedAt,
    datePublished: post.publishedAt ?? undefined,
    description: post.seo?.description || post.excerpt || undefined,
    headline: post.title,
    image: pageImage,
    inLanguage: contentLanguage,
    isPartOf: ids.website ? reference(ids.website) : undefined,
    keywords: topics.length > 0 ? topics.map(({ name }) => name).join(', ') : undefined,
    mainEntityOfPage: reference(ids.page),
    publisher: reference(ids.clinic),
    url,
  }
  const page: MedicalWebPage = {
    '@type': 'MedicalWebPage',
    '@id': ids.page,
    about,
    inLanguage: contentLanguage,
    isPartOf: ids.website ? reference(ids.website) : undefined,
    // schema.org types lastReviewed as a Date, not a DateTime.
    lastReviewed: post.lastReviewedAt ? post.lastReviewedAt.slice(0, 10) : undefined,
    mainEntity: reference(ids.article),
    name: post.title,
    primaryImageOfPage: pageImage,
    reviewedBy: reviewer
      ? {
          '@type': 'Person',
          honorificSuffix: verified?.degree || undefined,
          image: reviewer.image ? imageOf(reviewer.image) : undefined,
          knowsAbout: verified?.specialty || undefined,
          name: reviewer.name,
          url: reviewer.url ?? undefined,
        }
      : undefined,
    url,
  }
  const publisher: MedicalClinic = {
    '@type': 'MedicalClinic',
    '@id': ids.clinic,
    logo: imageOf(logo),
    name: clinic.name,
    url: site.home ? `${site.home}/` : undefined,
  }
  const website: undefined | WebSite = ids.website
    ? {
        '@type': 'WebSite',
        '@id': ids.website,
        inLanguage: contentLanguage,
        name: clinic.name,
        publisher: reference(ids.clinic),
        url: `${site.home}/`,
      }
    : undefined
  return {
    '@context': 'https://schema.org',
    '@graph': [article, page, publisher, ...(website ? [website] : [])],
  }
}

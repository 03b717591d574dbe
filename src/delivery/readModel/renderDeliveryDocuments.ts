// The one home of "what a site sees" of a post: the article (GET /v1/posts/:slug) and the summary (lists, feeds,
// related posts), rendered from the post as published (depth 2) and the library entries it uses. Pure: the read
// model stores its result, and a stale row is answered with a fresh call, so the two can never disagree.
import type { DeliveredArticle, PostSummary } from '@/delivery/openapi/schemas'
import type { Author, Claim, Clinic, Post, Reference, User } from '@/payload-types'

import { buildArticleJsonLd } from '@/delivery/render/buildArticleJsonLd'
import { type RenderedBody, renderPostBody } from '@/delivery/render/renderPostBody'
import { serializeJsonLd } from '@/delivery/render/serializeJsonLd'
import { liveTopicsOf } from '@/delivery/serializers/liveTopicsOf'
import { populated } from '@/delivery/serializers/populated'
import { serializeAuthor } from '@/delivery/serializers/serializeAuthor'
import { serializeClinic } from '@/delivery/serializers/serializeClinic'
import { serializeImage } from '@/delivery/serializers/serializeImage'
import { serializePostSummary, serializeTopic } from '@/delivery/serializers/serializePostSummary'
import { siteAddressesOf } from '@/delivery/siteAddresses'
import { isClaimUsable } from '@/workflow/claimUsability'

export type RenderDeps = {
  claims: Claim[]
  clinic: Clinic
  /** The moment rendered for: claims past their re-review date by then are left out. */
  now: Date
  references: Reference[]
  /** The clinic's author page that is the signing editor's profile (loadLivePost finds it). */
  reviewerProfile?: Author | null
}

export type DeliveryDocuments = { article: DeliveredArticle; summary: PostSummary }

/** The post's body as its article shows it: HTML with citations and claims resolved, and the references cited. */
export const renderBodyOf = (post: Pick<Post, 'body'>, { claims, now, references }: RenderDeps) =>
  renderPostBody({
    body: post.body,
    library: {
      asOf: now,
      claims: new Map(claims.map((claim) => [claim.id, claim])),
      references: new Map(references.map((reference) => [reference.id, reference])),
    },
  })

/**
 * `rendered` is renderBodyOf(post, deps), passed in only where many posts share one body (the bench's copies);
 * by default it is rendered here.
 */
export const renderDeliveryDocuments = (
  post: Post,
  deps: RenderDeps,
  rendered: RenderedBody = renderBodyOf(post, deps),
): DeliveryDocuments => {
  const { claims, clinic, now, references } = deps
  const topics = liveTopicsOf(post.topics)
  const author = populated(post.author)
  // The reviewer a site names is whoever signed the live version off, with the credentials verified at that moment.
  const signer = populated<Pick<User, 'name'>>(post.signOff?.signedOffBy)
  const credentials = post.signOff?.credentials?.verifiedAt ? post.signOff.credentials : undefined
  const site = siteAddressesOf(clinic)
  const profile = deps.reviewerProfile
  const reviewer = signer
    ? {
        bio: profile?.bio ?? null,
        credentials,
        image: serializeImage(populated(profile?.photo)),
        name: signer.name,
        url: profile ? site.author(profile.slug) : null,
      }
    : null
  const citable = new Set(rendered.references.map((reference) => reference.id))
  const summary = serializePostSummary(post, site)
  // The article's one address: canonical URL, JSON-LD @ids. Without one (no domain, no override) there is no JSON-LD.
  const address = summary.url
  const pageImage = serializeImage(populated(post.seo?.image) ?? populated(post.heroImage))

  const article: DeliveredArticle = {
    ...summary,
    author: author ? serializeAuthor(author, site) : null,
    claims: claims
      .filter((claim) => isClaimUsable(claim, now))
      .map((claim) => ({ id: claim.id, statement: claim.statement })),
    clinic: serializeClinic(clinic),
    html: rendered.html,
    // A string ready to place inside <script type="application/ld+json">: an object would be serialised by each site,
    // and JSON.stringify leaves a "</script>" in a title able to end the element.
    jsonLd:
      address &&
      serializeJsonLd(
        buildArticleJsonLd({
          author,
          clinic,
          image: pageImage,
          logo: serializeImage(populated(clinic.logo)),
          post,
          references: references.filter((reference) => citable.has(reference.id)),
          reviewer,
          topics,
          url: address,
        }),
      ),
    medicalReviewer: reviewer
      ? {
          bio: reviewer.bio,
          credentials: credentials
            ? { degree: credentials.degree ?? null, specialty: credentials.specialty ?? null }
            : null,
          name: reviewer.name,
          photo: reviewer.image,
          url: reviewer.url,
        }
      : null,
    nextReviewDue: post.nextReviewDue ?? null,
    readingMinutes: rendered.readingMinutes,
    references: rendered.references.map(({ anchor, backlinks, html, id, kind, links, number, text }) => ({
      anchor,
      backlinks,
      html,
      id,
      // Always present: a reference without a kind says so with null rather than dropping the key.
      kind: kind ?? null,
      links,
      number,
      text,
    })),
    // Filled when read (serializeArticle): which posts are related changes whenever another post is published.
    related: [],
    seo: {
      canonicalUrl: address,
      description: post.seo?.description || post.excerpt || null,
      image: pageImage,
      noIndex: Boolean(post.seo?.noIndex),
      title: post.seo?.title || post.title,
    },
    tableOfContents: rendered.outline,
    topics: topics.map((topic) => serializeTopic(topic, site)),
    updatedAt: post.updatedAt,
  }
  return { article, summary }
}

// GET /v1/posts/:slug — a whole article: rendered body with numbered citations, AMA references, approved claims,
// author, medical reviewer, clinic details, related posts and schema.org JSON-LD. An unpublished post is a 404,
// exactly like a missing one.
import type { Claim, Reference, User } from '../../payload-types'
import type { RouteFill } from '../route'

import { isClaimUsable } from '../../workflow/claimUsability'
import { idOf } from '../../workflow/idOf'
import { noParams, parseParams, slugPathParam } from '../params'
import { problem } from '../problem'
import { publicOrigin } from '../publicOrigin'
import { publishedPostsOf, summaryPopulate, summarySelect } from '../queries/publishedPosts'
import { buildMedicalWebPageJsonLd } from '../render/buildMedicalWebPageJsonLd'
import { renderPostBody } from '../render/renderPostBody'
import { serializeJsonLd } from '../render/serializeJsonLd'
import { json } from '../route'
import { articleUrl } from '../serializers/clinicSiteUrl'
import { liveTopicsOf } from '../serializers/liveTopicsOf'
import { populated } from '../serializers/populated'
import { serializeAuthor } from '../serializers/serializeAuthor'
import { serializeClinic } from '../serializers/serializeClinic'
import { serializeImage } from '../serializers/serializeImage'
import { serializePostSummary, serializeTopic } from '../serializers/serializePostSummary'

const notFound = () => problem.notFound('This clinic has no published post with this slug.')

export const getPost: RouteFill = async ({ clinic, delivery: { payload }, pathParams, url }) => {
  const parsed = parseParams(noParams, url)
  if ('problem' in parsed) return parsed.problem
  if (!slugPathParam.safeParse(pathParams.slug).success) return notFound()
  const asDelivery = { overrideAccess: true, pagination: false } as const
  const { docs } = await payload.find({
    ...asDelivery,
    collection: 'posts',
    depth: 2,
    limit: 1,
    // Only what the article shows: never the "where used" joins of references and claims, which reach every post.
    populate: { claims: { statement: true }, references: { title: true }, users: { name: true } },
    where: publishedPostsOf(clinic.id, { slug: { equals: pathParams.slug } }),
  })
  const post = docs[0]
  if (!post) return notFound()

  const referenceIds = (post.citedReferences ?? []).map(idOf)
  const claimIds = (post.claimsUsed ?? []).map(idOf)
  const [references, claims] = await Promise.all([
    referenceIds.length
      ? payload.find({
          ...asDelivery,
          collection: 'references',
          depth: 0,
          joins: false,
          where: { id: { in: referenceIds } },
        })
      : { docs: [] as Reference[] },
    claimIds.length
      ? payload.find({ ...asDelivery, collection: 'claims', depth: 0, joins: false, where: { id: { in: claimIds } } })
      : { docs: [] as Claim[] },
  ])
  const mediaBaseUrl = publicOrigin()
  const now = new Date()
  const rendered = renderPostBody({
    body: post.body,
    library: {
      asOf: now,
      claims: new Map(claims.docs.map((claim) => [claim.id, claim])),
      references: new Map(references.docs.map((reference) => [reference.id, reference])),
    },
    mediaBaseUrl,
  })

  const topics = liveTopicsOf(post.topics)
  const related = topics.length
    ? await payload.find({
        ...asDelivery,
        collection: 'posts',
        depth: 1,
        limit: 3,
        populate: summaryPopulate,
        select: summarySelect,
        sort: '-publishedAt',
        where: publishedPostsOf(
          clinic.id,
          { id: { not_equals: post.id } },
          { topics: { in: topics.map((topic) => topic.id) } },
        ),
      })
    : { docs: [] }

  const author = populated(post.author)
  // The reviewer a site names is whoever signed the live version off, with the credentials verified at that moment.
  const signer = populated<Pick<User, 'name'>>(post.signOff?.signedOffBy)
  const credentials = post.signOff?.credentials?.verifiedAt ? post.signOff.credentials : undefined
  const reviewer = signer ? { credentials, name: signer.name } : null
  const citable = new Set(rendered.references.map((reference) => reference.id))
  const address = post.seo?.canonicalUrl || articleUrl(clinic, post.slug)

  return json({
    ...serializePostSummary(post),
    author: author ? serializeAuthor(author) : null,
    claims: claims.docs
      .filter((claim) => isClaimUsable(claim, now))
      .map((claim) => ({ id: claim.id, statement: claim.statement })),
    clinic: serializeClinic(clinic),
    html: rendered.html,
    // A string ready to place inside <script type="application/ld+json">: an object would be serialised by each site,
    // and JSON.stringify leaves a "</script>" in a title able to end the element.
    jsonLd: serializeJsonLd(
      buildMedicalWebPageJsonLd({
        author,
        clinic,
        image: populated(post.heroImage),
        mediaBaseUrl,
        post,
        references: references.docs.filter((reference) => citable.has(reference.id)),
        reviewer,
        topics,
        url: address,
      }),
    ),
    medicalReviewer: reviewer
      ? {
          credentials: credentials
            ? { degree: credentials.degree ?? null, specialty: credentials.specialty ?? null }
            : null,
          name: reviewer.name,
        }
      : null,
    nextReviewDue: post.nextReviewDue ?? null,
    references: rendered.references.map(({ anchor, html, id, kind, links, number, text }) => ({
      anchor,
      html,
      id,
      kind,
      links,
      number,
      text,
    })),
    related: related.docs.map(serializePostSummary),
    seo: {
      canonicalUrl: address,
      description: post.seo?.description || post.excerpt || null,
      image: serializeImage(populated(post.seo?.image) ?? populated(post.heroImage)),
      noIndex: Boolean(post.seo?.noIndex),
      title: post.seo?.title || post.title,
    },
    topics: topics.map(serializeTopic),
    updatedAt: post.updatedAt,
  })
}

// Every /v1 response body as a zod schema: the one description of what the API gives. The serializers' types are
// inferred from these, and the OpenAPI document's JSON Schemas (2020-12, as OpenAPI 3.1 uses) are generated from
// them, so neither can drift from the other. Objects are strict: a field the serializers add without describing it
// here fails the type check, and a response that carries one fails the OpenAPI test.
import { z } from 'zod'

import { referenceKinds } from '../../../collections/References/options'

/** The named schemas, each a component of the OpenAPI document under its id. */
const registry = z.registry<{ id: string }>()

const uri = () => z.string().meta({ format: 'uri' })
const dateTime = () => z.string().meta({ format: 'date-time' })
const count = () => z.int().min(0)

/** A page on the clinic website, as the clinic's page addresses make it; null while the clinic has no domain. */
const pageUrl = (what: string) =>
  uri()
    .nullable()
    .describe(
      `The ${what} on the clinic website (the clinic's first domain and page addresses); null while the clinic has no domain.`,
    )

export const ImageSizeSchema = z.strictObject({
  filesize: z.int().nullable().describe('Bytes of the file.'),
  height: z.int().nullable(),
  mimeType: z.string().nullable().describe('The file’s media type, e.g. image/jpeg.'),
  url: uri(),
  width: z.int().nullable(),
})

export const ImageSchema = z
  .strictObject({
    ...ImageSizeSchema.shape,
    alt: z.string(),
    sizes: z
      .record(z.string(), ImageSizeSchema)
      .describe(
        'Named variants: `thumbnail` (320×320 crop), `card` (768×512 crop), `hero` (the original’s shape, at most 1920 wide) and `social` (1200×630 crop, for sharing). Mixing crops in one srcset would be wrong: use `srcset`.',
      ),
    srcset: z
      .string()
      .describe('The original and the variants of its shape, narrowest first, as an `<img srcset>` value.'),
  })
  .register(registry, { id: 'Image' })

export const TopicSchema = z
  .strictObject({ name: z.string(), slug: z.string(), url: pageUrl('topic’s page') })
  .register(registry, { id: 'Topic' })

export const PostSummarySchema = z
  .strictObject({
    author: z
      .strictObject({
        credentials: z.string().nullable(),
        name: z.string(),
        slug: z.string(),
        url: pageUrl('author’s page'),
      })
      .nullable(),
    excerpt: z.string().nullable(),
    heroImage: ImageSchema.nullable(),
    lastReviewedAt: dateTime().nullable(),
    publishedAt: dateTime().nullable(),
    slug: z.string(),
    title: z.string(),
    topics: z.array(TopicSchema),
    url: uri()
      .nullable()
      .describe(
        'The article’s address: its canonical URL when an editor set one, else its page on the clinic website (the clinic’s first domain and article address); null while the clinic has neither.',
      ),
  })
  .register(registry, { id: 'PostSummary' })

const authorShape = {
  bio: z.string().nullable(),
  credentials: z.string().nullable(),
  jobTitle: z.string().nullable(),
  name: z.string(),
  photo: ImageSchema.nullable(),
  slug: z.string(),
  url: pageUrl('author’s page'),
}
export const DeliveredAuthorSchema = z.strictObject(authorShape)

const crisisContact = z
  .strictObject({
    number: z.string(),
    sms: z.string().nullable().describe('`sms:` link, when the line takes text messages.'),
    tel: z.string().describe('`tel:` link for dialling.'),
  })
  .describe('The crisis line as links a phone can act on: a mental-health site shows it on every page.')

const clinicShape = {
  consultation: z.strictObject({ label: z.string(), url: z.string() }).nullable(),
  crisisContact: crisisContact.nullable(),
  crisisLine: z.string().describe('The crisis line as words, e.g. "Call or text 988".'),
  disclaimer: z.string().nullable(),
  name: z.string(),
  phone: z.string().nullable(),
  slug: z.string(),
  url: uri().nullable().describe('The clinic website’s home (its first domain); null without one.'),
}
export const ArticleClinicSchema = z.strictObject(clinicShape)

const referenceKind = z.enum(referenceKinds.map(({ value }) => value) as [string, ...string[]]).nullable()

export const ArticleSchema = z
  .strictObject({
    ...PostSummarySchema.shape,
    author: DeliveredAuthorSchema.nullable(),
    claims: z.array(z.strictObject({ id: z.string(), statement: z.string() })),
    clinic: ArticleClinicSchema,
    html: z.string().describe('Sanitised HTML of the body; citation markers link to #ref-N.'),
    jsonLd: z
      .string()
      .nullable()
      .describe(
        'schema.org JSON-LD as JSON text (an @graph of the BlogPosting, the MedicalWebPage with its medical review, the clinic and its website), to place verbatim inside a <script type="application/ld+json">: "<", ">" and "&" are escaped as \\u003c, \\u003e and \\u0026, so no value can end the element. JSON.parse reads it back. Null while the article has no address (its clinic has no domain and it has no canonical URL).',
      ),
    medicalReviewer: z
      .strictObject({
        bio: z.string().nullable().describe('From their profile page on the clinic’s site.'),
        credentials: z.strictObject({ degree: z.string().nullable(), specialty: z.string().nullable() }).nullable(),
        name: z.string(),
        photo: ImageSchema.nullable(),
        url: pageUrl('medical editor’s profile page (an author page an admin linked to them)'),
      })
      .describe(
        'The medical editor who signed this version off; credentials only once an admin verified their licence.',
      )
      .nullable(),
    nextReviewDue: dateTime().nullable(),
    readingMinutes: count().describe('Minutes to read the body, at 230 words a minute.'),
    references: z.array(
      z.strictObject({
        anchor: z.string(),
        backlinks: z
          .array(z.string())
          .describe('Ids of the markers citing this work, in reading order, for links back into the text.'),
        html: z.string(),
        id: z.string(),
        kind: referenceKind,
        links: z.strictObject({
          doi: z.string().optional(),
          pubmed: z.string().optional(),
          url: z.string().optional(),
        }),
        number: z.int().min(1),
        text: z.string().describe('AMA style.'),
      }),
    ),
    related: z.array(PostSummarySchema),
    seo: z.strictObject({
      canonicalUrl: uri().nullable().describe('The same address as `url`, for the page’s <link rel="canonical">.'),
      description: z.string().nullable(),
      image: ImageSchema.nullable(),
      noIndex: z.boolean(),
      title: z.string(),
    }),
    tableOfContents: z
      .array(z.strictObject({ id: z.string(), level: z.int().min(1).max(6), text: z.string() }))
      .describe('The body’s headings in reading order; each id is the heading’s id in html.'),
    updatedAt: dateTime(),
  })
  .describe('A whole article, ready to render.')
  .register(registry, { id: 'Article' })

export const AuthorSchema = z
  .strictObject({ ...authorShape, posts: z.array(PostSummarySchema) })
  .register(registry, { id: 'Author' })

export const AuthorListSchema = z
  .strictObject({ docs: z.array(z.strictObject({ ...authorShape, postCount: count() })) })
  .register(registry, { id: 'AuthorList' })

export const HealthSchema = z
  .strictObject({
    changes: z.strictObject({
      checkedAt: dateTime()
        .nullable()
        .describe('When this instance last read the delivery generation; null before its first read.'),
      generation: z
        .string()
        .nullable()
        .describe(
          'The delivery generation its caches hold: it moves with every change a clinic site can see, and instances that show the same one serve the same content.',
        ),
    }),
    database: z.strictObject({
      kind: z.enum(['mongodb', 'postgres', 'sqlite']),
      latencyMs: z.number(),
      reachable: z.boolean(),
    }),
    status: z.literal('ok'),
  })
  .register(registry, { id: 'Health' })

const named = z.strictObject({ name: z.string() })

export const JsonFeedSchema = z
  .strictObject({
    authors: z.array(named),
    description: z.string(),
    feed_url: uri(),
    home_page_url: uri(),
    items: z.array(
      z.strictObject({
        authors: z.array(named),
        content_html: z.string().describe('The whole article, as the article route’s html.'),
        date_modified: dateTime(),
        date_published: dateTime(),
        id: z.string(),
        image: uri().optional(),
        summary: z.string().optional(),
        tags: z.array(z.string()),
        title: z.string(),
        url: uri(),
      }),
    ),
    language: z.string(),
    title: z.string(),
    version: z.literal('https://jsonfeed.org/version/1.1'),
  })
  .describe('JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).')
  .register(registry, { id: 'JsonFeed' })

export const PostListSchema = z
  .strictObject({
    docs: z.array(PostSummarySchema),
    hasNextPage: z.boolean(),
    limit: z.int(),
    page: z.int(),
    totalDocs: count(),
    totalPages: count(),
  })
  .register(registry, { id: 'PostList' })

export const ProblemSchema = z
  .strictObject({
    detail: z.string(),
    instance: z.string().describe('The path that was asked for.').optional(),
    invalidParams: z.array(z.strictObject({ name: z.string(), reason: z.string() })).optional(),
    status: z.int(),
    title: z.string(),
    type: uri().optional(),
  })
  .describe('RFC 9457 problem details.')
  .register(registry, { id: 'Problem' })

const countedTopicShape = {
  ...TopicSchema.shape,
  description: z.string().nullable(),
  postCount: count(),
}
export const CountedTopicSchema = z.strictObject(countedTopicShape).register(registry, { id: 'CountedTopic' })

export const TopicListSchema = z
  .strictObject({ docs: z.array(CountedTopicSchema) })
  .register(registry, { id: 'TopicList' })

export const ClinicSchema = z
  .strictObject({
    ...clinicShape,
    address: z
      .strictObject({
        city: z.string().nullable(),
        country: z.string().nullable(),
        postalCode: z.string().nullable(),
        region: z.string().nullable(),
        street: z.string(),
      })
      .nullable(),
    brandColour: z.string().nullable(),
    logo: ImageSchema.nullable(),
  })
  .register(registry, { id: 'Clinic' })

export type DeliveredImageSize = z.infer<typeof ImageSizeSchema>
export type DeliveredImage = z.infer<typeof ImageSchema>
export type DeliveredTopic = z.infer<typeof TopicSchema>
export type PostSummary = z.infer<typeof PostSummarySchema>
export type DeliveredAuthor = z.infer<typeof DeliveredAuthorSchema>
export type DeliveredArticle = z.infer<typeof ArticleSchema>
export type ArticleClinic = z.infer<typeof ArticleClinicSchema>
export type DeliveredClinic = z.infer<typeof ClinicSchema>
export type Health = z.infer<typeof HealthSchema>
export type JsonFeed = z.infer<typeof JsonFeedSchema>

/** The components of the OpenAPI document: every registered schema, referring to the others by $ref. */
export const schemas: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(
    z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` }).schemas,
  ).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema]),
)

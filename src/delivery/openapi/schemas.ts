// JSON Schemas (2020-12, as OpenAPI 3.1 uses) of every /v1 response body. They are strict: a field the serializers
// add without describing it here fails the OpenAPI test, so the document cannot drift from the API.
import { referenceKinds } from '../../../collections/References/options'

type Schema = Record<string, unknown>

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
const nullable = (type: string): Schema => ({ type: [type, 'null'] })
const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  additionalProperties: false,
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  type: 'object',
})
const dateTime: Schema = { format: 'date-time', type: 'string' }
const nullableDateTime: Schema = { format: 'date-time', type: ['string', 'null'] }
const nullableRef = (name: string): Schema => ({ oneOf: [ref(name), { type: 'null' }] })
/** A page on the clinic website, as the clinic's page addresses make it; null while the clinic has no domain. */
const pageUrl = (what: string): Schema => ({
  description: `The ${what} on the clinic website (the clinic's first domain and page addresses); null while the clinic has no domain.`,
  format: 'uri',
  type: ['string', 'null'],
})

const imageSizeProperties = {
  filesize: { ...nullable('integer'), description: 'Bytes of the file.' },
  height: nullable('integer'),
  mimeType: { ...nullable('string'), description: 'The file’s media type, e.g. image/jpeg.' },
  url: { format: 'uri', type: 'string' },
  width: nullable('integer'),
}
const imageSize = object(imageSizeProperties)

const postSummaryProperties = {
  author: {
    oneOf: [
      object({
        credentials: nullable('string'),
        name: { type: 'string' },
        slug: { type: 'string' },
        url: pageUrl('author’s page'),
      }),
      { type: 'null' },
    ],
  },
  excerpt: nullable('string'),
  heroImage: nullableRef('Image'),
  lastReviewedAt: nullableDateTime,
  publishedAt: nullableDateTime,
  slug: { type: 'string' },
  title: { type: 'string' },
  topics: { items: ref('Topic'), type: 'array' },
  url: {
    ...pageUrl('article’s page'),
    description:
      'The article’s address: its canonical URL when an editor set one, else its page on the clinic website (the clinic’s first domain and article address); null while the clinic has neither.',
  },
}

const authorProperties = {
  bio: nullable('string'),
  credentials: nullable('string'),
  jobTitle: nullable('string'),
  name: { type: 'string' },
  photo: nullableRef('Image'),
  slug: { type: 'string' },
  url: pageUrl('author’s page'),
}

const clinicProperties = {
  consultation: { oneOf: [object({ label: { type: 'string' }, url: { type: 'string' } }), { type: 'null' }] },
  crisisContact: {
    oneOf: [
      object(
        {
          number: { type: 'string' },
          sms: { ...nullable('string'), description: '`sms:` link, when the line takes text messages.' },
          tel: { description: '`tel:` link for dialling.', type: 'string' },
        },
        'The crisis line as links a phone can act on: a mental-health site shows it on every page.',
      ),
      { type: 'null' },
    ],
  },
  crisisLine: { description: 'The crisis line as words, e.g. "Call or text 988".', type: 'string' },
  disclaimer: nullable('string'),
  name: { type: 'string' },
  phone: nullable('string'),
  slug: { type: 'string' },
  url: { ...pageUrl('home page'), description: 'The clinic website’s home (its first domain); null without one.' },
}

const countedTopic = object({
  description: nullable('string'),
  name: { type: 'string' },
  postCount: { type: 'integer' },
  slug: { type: 'string' },
  url: pageUrl('topic’s page'),
})

export const schemas: Record<string, Schema> = {
  Article: object(
    {
      ...postSummaryProperties,
      author: { oneOf: [object(authorProperties), { type: 'null' }] },
      claims: { items: object({ id: { type: 'string' }, statement: { type: 'string' } }), type: 'array' },
      clinic: object(clinicProperties),
      html: { description: 'Sanitised HTML of the body; citation markers link to #ref-N.', type: 'string' },
      jsonLd: {
        description:
          'schema.org JSON-LD as JSON text (an @graph of the BlogPosting, the MedicalWebPage with its medical review, the clinic and its website), to place verbatim inside a <script type="application/ld+json">: "<", ">" and "&" are escaped as \\u003c, \\u003e and \\u0026, so no value can end the element. JSON.parse reads it back. Null while the article has no address (its clinic has no domain and it has no canonical URL).',
        type: ['string', 'null'],
      },
      medicalReviewer: {
        oneOf: [
          object(
            {
              bio: { ...nullable('string'), description: 'From their profile page on the clinic’s site.' },
              credentials: {
                oneOf: [object({ degree: nullable('string'), specialty: nullable('string') }), { type: 'null' }],
              },
              name: { type: 'string' },
              photo: nullableRef('Image'),
              url: pageUrl('medical editor’s profile page (an author page an admin linked to them)'),
            },
            'The medical editor who signed this version off; credentials only once an admin verified their licence.',
          ),
          { type: 'null' },
        ],
      },
      nextReviewDue: nullableDateTime,
      readingMinutes: { description: 'Minutes to read the body, at 230 words a minute.', minimum: 0, type: 'integer' },
      references: {
        items: object({
          anchor: { type: 'string' },
          backlinks: {
            description: 'Ids of the markers citing this work, in reading order, for links back into the text.',
            items: { type: 'string' },
            type: 'array',
          },
          html: { type: 'string' },
          id: { type: 'string' },
          kind: { enum: [...referenceKinds.map(({ value }) => value), null] },
          links: {
            additionalProperties: false,
            properties: { doi: { type: 'string' }, pubmed: { type: 'string' }, url: { type: 'string' } },
            type: 'object',
          },
          number: { minimum: 1, type: 'integer' },
          text: { description: 'AMA style.', type: 'string' },
        }),
        type: 'array',
      },
      related: { items: ref('PostSummary'), type: 'array' },
      tableOfContents: {
        description: 'The body’s headings in reading order; each id is the heading’s id in html.',
        items: object({
          id: { type: 'string' },
          level: { maximum: 6, minimum: 1, type: 'integer' },
          text: { type: 'string' },
        }),
        type: 'array',
      },
      seo: object({
        canonicalUrl: {
          description: 'The same address as `url`, for the page’s <link rel="canonical">.',
          format: 'uri',
          type: ['string', 'null'],
        },
        description: nullable('string'),
        image: nullableRef('Image'),
        noIndex: { type: 'boolean' },
        title: { type: 'string' },
      }),
      updatedAt: dateTime,
    },
    'A whole article, ready to render.',
  ),
  Author: object({ ...authorProperties, posts: { items: ref('PostSummary'), type: 'array' } }),
  AuthorList: object({
    docs: {
      items: object({ ...authorProperties, postCount: { type: 'integer' } }),
      type: 'array',
    },
  }),
  Health: object({
    changes: object({
      checkedAt: {
        description: 'When this instance last read the delivery generation; null before its first read.',
        oneOf: [dateTime, { type: 'null' }],
      },
      generation: {
        description:
          'The delivery generation its caches hold: it moves with every change a clinic site can see, and instances that show the same one serve the same content.',
        type: ['string', 'null'],
      },
    }),
    database: object({
      kind: { enum: ['mongodb', 'postgres', 'sqlite'] },
      latencyMs: { type: 'number' },
      reachable: { type: 'boolean' },
    }),
    status: { const: 'ok' },
  }),
  JsonFeed: {
    additionalProperties: false,
    description: 'JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).',
    properties: {
      authors: { items: object({ name: { type: 'string' } }), type: 'array' },
      description: { type: 'string' },
      feed_url: { format: 'uri', type: 'string' },
      home_page_url: { format: 'uri', type: 'string' },
      items: {
        items: {
          additionalProperties: false,
          properties: {
            authors: { items: object({ name: { type: 'string' } }), type: 'array' },
            content_html: { description: 'The whole article, as the article route’s html.', type: 'string' },
            date_modified: dateTime,
            date_published: dateTime,
            id: { type: 'string' },
            image: { format: 'uri', type: 'string' },
            summary: { type: 'string' },
            tags: { items: { type: 'string' }, type: 'array' },
            title: { type: 'string' },
            url: { format: 'uri', type: 'string' },
          },
          required: ['authors', 'content_html', 'date_modified', 'date_published', 'id', 'tags', 'title', 'url'],
          type: 'object',
        },
        type: 'array',
      },
      language: { type: 'string' },
      title: { type: 'string' },
      version: { const: 'https://jsonfeed.org/version/1.1' },
    },
    required: ['authors', 'description', 'feed_url', 'home_page_url', 'items', 'language', 'title', 'version'],
    type: 'object',
  },
  Image: object({
    ...imageSizeProperties,
    alt: { type: 'string' },
    sizes: {
      additionalProperties: imageSize,
      description:
        'Named variants: `thumbnail` (320×320 crop), `card` (768×512 crop), `hero` (the original’s shape, at most 1920 wide) and `social` (1200×630 crop, for sharing). Mixing crops in one srcset would be wrong: use `srcset`.',
      type: 'object',
    },
    srcset: {
      description: 'The original and the variants of its shape, narrowest first, as an `<img srcset>` value.',
      type: 'string',
    },
  }),
  PostList: object({
    docs: { items: ref('PostSummary'), type: 'array' },
    hasNextPage: { type: 'boolean' },
    limit: { type: 'integer' },
    page: { type: 'integer' },
    totalDocs: { type: 'integer' },
    totalPages: { type: 'integer' },
  }),
  PostSummary: object(postSummaryProperties),
  Problem: {
    additionalProperties: false,
    description: 'RFC 9457 problem details.',
    properties: {
      detail: { type: 'string' },
      instance: { description: 'The path that was asked for.', type: 'string' },
      invalidParams: { items: object({ name: { type: 'string' }, reason: { type: 'string' } }), type: 'array' },
      status: { type: 'integer' },
      title: { type: 'string' },
      type: { format: 'uri', type: 'string' },
    },
    required: ['detail', 'status', 'title'],
    type: 'object',
  },
  Topic: object({ name: { type: 'string' }, slug: { type: 'string' }, url: pageUrl('topic’s page') }),
  TopicList: object({ docs: { items: ref('CountedTopic'), type: 'array' } }),
  CountedTopic: countedTopic,
  Clinic: object({
    ...clinicProperties,
    address: {
      oneOf: [
        object({
          city: nullable('string'),
          country: nullable('string'),
          postalCode: nullable('string'),
          region: nullable('string'),
          street: { type: 'string' },
        }),
        { type: 'null' },
      ],
    },
    brandColour: nullable('string'),
    logo: nullableRef('Image'),
  }),
}

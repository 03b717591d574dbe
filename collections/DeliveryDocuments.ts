import type { CollectionConfig } from 'payload'

import { serverOnly } from '@/access/serverOnly'

import { slugs } from './slugs'

/**
 * The delivery read model: what each clinic website is served of a live post, rendered when it changes rather than
 * when it is read. Append-only: a re-render adds a row and marks the one it replaces superseded; unpublishing
 * supersedes without a successor. So the rows are also the record of what a site was served, and when
 * (servedAt). Written and read only by server code through the Local API (overrideAccess); no API reaches it.
 *
 * Ids (clinic, post, author, topics) are kept as text, not relationships: the record must outlive whatever it
 * pointed at, and no foreign key may cascade into history.
 */
export const DeliveryDocuments: CollectionConfig = {
  slug: slugs.deliveryDocuments,
  labels: { plural: 'Delivery documents', singular: 'Delivery document' },
  ...serverOnly,
  admin: { hidden: true, useAsTitle: 'slug' },
  // /v1 reads the current row of (clinic, slug), and a clinic's current rows newest first.
  indexes: [{ fields: ['clinic', 'slug', 'supersededAt'] }, { fields: ['clinic', 'supersededAt', 'publishedAt'] }],
  fields: [
    { name: 'clinic', type: 'text', required: true, index: true },
    { name: 'slug', type: 'text', required: true, index: true },
    { name: 'post', type: 'text', required: true, index: true },
    // The sign-off the row came from: the content hash it covered, who signed and when.
    { name: 'contentHash', type: 'text' },
    { name: 'signedOffBy', type: 'text' },
    { name: 'signedOffAt', type: 'date' },
    // What lists filter and sort by, copied from the post so a list page is one indexed range.
    { name: 'publishedAt', type: 'date', index: true },
    { name: 'postCreatedAt', type: 'date' },
    { name: 'author', type: 'text', index: true },
    { name: 'topics', type: 'text', hasMany: true, index: true },
    // Lower-cased words of the title and excerpt: `q` is an indexed match on these, never a LIKE scan.
    { name: 'terms', type: 'text', hasMany: true, index: true },
    // The same words as one "~word~word~" text: one query cannot ask a hasMany field for two values at once, so
    // further words of `q` are checked here on the rows the indexed word found.
    { name: 'termsText', type: 'text' },
    // Everything the rendering read ("references:<id>", "clinics:<id>", …): a change to one marks these rows stale.
    { name: 'dependsOn', type: 'text', hasMany: true, index: true },
    // The earliest re-review date of a claim it quotes: past it, the row may not be served as it is.
    { name: 'validUntil', type: 'date' },
    // When it was rendered: a delivery change to one of its dependencies after this makes it stale.
    { name: 'renderedAt', type: 'date', required: true, index: true },
    // The shape it was rendered in (renderVersion.ts): a row of another version is stale and is rendered again.
    { name: 'renderVersion', type: 'number', index: true },
    { name: 'supersededAt', type: 'date', index: true },
    // JSON text, not a json column: PostgreSQL's jsonb reorders keys, and sites are served these bytes as they are.
    { name: 'article', type: 'textarea', required: true },
    { name: 'summary', type: 'textarea', required: true },
    // What feeds and the sitemap need beyond the summary.
    { name: 'noIndex', type: 'checkbox', defaultValue: false },
    { name: 'postUpdatedAt', type: 'date' },
  ],
}

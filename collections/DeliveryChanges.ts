import type { CollectionConfig } from 'payload'

import { serverOnly } from '@/access/serverOnly'

import { slugs } from './slugs'

/**
 * One row per change to something live posts show (a reference, a claim, an author, a clinic, …), written in the
 * same transaction as the change. A delivery document rendered before a change it depends on is stale from the
 * moment the change commits: /v1 renders it live until the re-render job has replaced it. One row per change, so
 * the work in the editor's request stays the same whether the reference is cited by one post or by thousands.
 */
export const DeliveryChanges: CollectionConfig = {
  slug: slugs.deliveryChanges,
  labels: { plural: 'Delivery changes', singular: 'Delivery change' },
  ...serverOnly,
  admin: { hidden: true, useAsTitle: 'dependency' },
  indexes: [{ fields: ['dependency', 'changedAt'] }],
  fields: [
    // "<collection>:<id>", as delivery documents list it in dependsOn.
    { name: 'dependency', type: 'text', required: true, index: true },
    { name: 'changedAt', type: 'date', required: true, index: true },
    // 0 when the change takes something away from articles (a retraction, a claim withdrawn): re-rendered first.
    { name: 'urgency', type: 'number', required: true, defaultValue: 1 },
    // Set by the re-render job once every row depending on it has been rendered again.
    { name: 'renderedAt', type: 'date', index: true },
  ],
}

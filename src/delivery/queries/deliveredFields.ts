// What /v1 reads, declared beside its queries: a change to any of these reaches every instance's cache within a
// poll (deliveryInvalidation). A collection with a field list changes what sites show only through those fields;
// '*' means any change. A new delivery query that reads another collection or field must add it here.
import type { CollectionSlug } from 'payload'

export type DeliveredFields = Partial<Record<CollectionSlug, '*' | readonly string[]>>

export const deliveredFields = {
  authors: '*',
  claims: '*',
  'clinic-keys': '*',
  clinics: '*',
  media: '*',
  posts: '*',
  references: '*',
  topics: '*',
  // The medical reviewer an article names: the signer's name (credentials are recorded on the sign-off itself).
  users: ['name'],
} as const satisfies DeliveredFields

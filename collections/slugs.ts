// Collection slugs, reused in relationTo, access rules, the multi-tenant plugin and tests.
export const slugs = {
  authors: 'authors',
  claims: 'claims',
  clinicKeys: 'clinic-keys',
  clinics: 'clinics',
  deliveryChanges: 'delivery-changes',
  deliveryDocuments: 'delivery-documents',
  media: 'media',
  posts: 'posts',
  references: 'references',
  reviewAlerts: 'review-alerts',
  reviewEvents: 'review-events',
  topics: 'topics',
  users: 'users',
  webhookDeliveries: 'webhook-deliveries',
} as const

export type CollectionSlugName = (typeof slugs)[keyof typeof slugs]

// Collections that belong to one clinic; the multi-tenant plugin scopes them.
export const clinicScopedSlugs = [slugs.authors, slugs.media, slugs.posts] as const

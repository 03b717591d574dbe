import type { CollectionConfig } from 'payload'

import { invalidateDeliveryOnChange, invalidateDeliveryOnDelete } from '../src/hooks/invalidateDelivery'
import { rejectStaleWrite } from '../src/hooks/rejectStaleWrite'
import { Authors } from './Authors'
import { Claims } from './Claims'
import { ClinicKeys } from './ClinicKeys'
import { Clinics } from './Clinics'
import { Media } from './Media'
import { Posts } from './Posts'
import { References } from './References'
import { ReviewAlerts } from './ReviewAlerts'
import { ReviewEvents } from './ReviewEvents'
import { Topics } from './Topics'
import { Users } from './Users'
import { WebhookDeliveries } from './WebhookDeliveries'

/** Every editable collection honours If-Match; the audit log is never updated at all. */
const withStaleWriteCheck = (collection: CollectionConfig): CollectionConfig =>
  collection === ReviewEvents
    ? collection
    : {
        ...collection,
        hooks: { ...collection.hooks, beforeChange: [rejectStaleWrite, ...(collection.hooks?.beforeChange ?? [])] },
      }

/** What clinic websites read: a change to any of these drops every delivery instance's cache. */
const deliveredCollections: CollectionConfig[] = [
  Posts,
  Authors,
  Media,
  References,
  Claims,
  Topics,
  Clinics,
  ClinicKeys,
]

const withDeliveryInvalidation = (collection: CollectionConfig): CollectionConfig =>
  deliveredCollections.includes(collection)
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), invalidateDeliveryOnChange],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateDeliveryOnDelete],
        },
      }
    : collection

export const collections: CollectionConfig[] = [
  Posts,
  Authors,
  Media,
  References,
  Claims,
  Topics,
  ReviewEvents,
  ReviewAlerts,
  Clinics,
  ClinicKeys,
  Users,
  WebhookDeliveries,
]
  .map(withDeliveryInvalidation)
  .map(withStaleWriteCheck)

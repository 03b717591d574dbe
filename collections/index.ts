import type { CollectionConfig } from 'payload'

import { rejectStaleWrite } from '@/hooks/rejectStaleWrite'

import { Authors } from './Authors'
import { Claims } from './Claims'
import { ClinicKeys } from './ClinicKeys'
import { Clinics } from './Clinics'
import { DeliveryChanges } from './DeliveryChanges'
import { DeliveryDocuments } from './DeliveryDocuments'
import { Media } from './Media'
import { Posts } from './Posts'
import { References } from './References'
import { ReviewAlerts } from './ReviewAlerts'
import { ReviewEvents } from './ReviewEvents'
import { Topics } from './Topics'
import { Users } from './Users'
import { WebhookDeliveries } from './WebhookDeliveries'

/** Every editable collection honours If-Match; the audit log and the delivery record are written by the server only. */
const withStaleWriteCheck = (collection: CollectionConfig): CollectionConfig =>
  [ReviewEvents, DeliveryDocuments, DeliveryChanges].includes(collection)
    ? collection
    : {
        ...collection,
        hooks: { ...collection.hooks, beforeChange: [rejectStaleWrite, ...(collection.hooks?.beforeChange ?? [])] },
      }

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
  DeliveryDocuments,
  DeliveryChanges,
].map(withStaleWriteCheck)

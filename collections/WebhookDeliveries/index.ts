import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { nobody } from '@/access/nobody'
import { isAdmin } from '@/access/roles'

import { slugs } from '../slugs'
import { deliveryStatuses } from './options'

/**
 * One webhook event to one clinic URL, and every attempt to deliver it. Written only by the webhook queue (with
 * overrideAccess); admins read it to see what each clinic website was told and whether it answered. It never
 * holds the clinic's signing secret: the delivery task reads that from the clinic when it sends.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: slugs.webhookDeliveries,
  labels: { plural: 'Webhook deliveries', singular: 'Webhook delivery' },
  graphQL: { pluralName: 'WebhookDeliveries', singularName: 'WebhookDelivery' },
  access: {
    create: nobody,
    delete: nobody,
    read: adminOnly,
    readVersions: nobody,
    unlock: nobody,
    update: nobody,
  },
  admin: {
    defaultColumns: ['createdAt', 'clinic', 'eventType', 'url', 'status'],
    description:
      'What each clinic website was told (publishes, unpublishes, retractions) and every attempt to deliver it.',
    group: 'Network',
    hidden: ({ user }) => !isAdmin(user),
    useAsTitle: 'eventType',
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  lockDocuments: false,
  fields: [
    // Not required: the log outlives a clinic deleted for good (the link is then emptied).
    { name: 'clinic', type: 'relationship', relationTo: slugs.clinics, index: true, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'eventType', type: 'text', required: true, index: true, label: 'Event', admin: { readOnly: true } },
        {
          name: 'eventId',
          type: 'text',
          required: true,
          index: true,
          label: 'Event id',
          admin: { readOnly: true, description: 'The webhook-id header: the same on every attempt.' },
        },
      ],
    },
    { name: 'url', type: 'text', required: true, label: 'URL', admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: [...deliveryStatuses],
          admin: { readOnly: true },
        },
        { name: 'deliveredAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      admin: { readOnly: true, description: 'The exact JSON signed and sent.' },
    },
    {
      name: 'attempts',
      type: 'array',
      admin: { readOnly: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'attemptedAt',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } },
            },
            { name: 'statusCode', type: 'number', label: 'HTTP status' },
            { name: 'durationMs', type: 'number', label: 'Duration (ms)' },
          ],
        },
        { name: 'error', type: 'text' },
      ],
    },
  ],
}

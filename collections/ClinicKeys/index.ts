import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { nobody } from '@/access/nobody'
import { trashOnlyUnlessAdmin } from '@/access/trashOnlyUnlessAdmin'

import { slugs } from '../slugs'
import { issueKeyEndpoint } from './endpoints/issueKey'
import { protectKeyHash } from './hooks/protectKeyHash'

/**
 * Read keys for the delivery API, one or more per clinic website. Only admins manage them. The secret is shown
 * once, when issued; afterwards only a mask is readable, and the stored hash never leaves the server.
 */
export const ClinicKeys: CollectionConfig = {
  slug: slugs.clinicKeys,
  labels: { plural: 'Clinic API keys', singular: 'Clinic API key' },
  graphQL: { pluralName: 'ClinicKeys', singularName: 'ClinicKey' },
  access: {
    create: adminOnly,
    delete: trashOnlyUnlessAdmin(adminOnly),
    read: adminOnly,
    readVersions: nobody,
    unlock: adminOnly,
    update: adminOnly,
  },
  admin: {
    defaultColumns: ['name', 'clinic', 'masked', 'issuedAt', 'revokedAt'],
    description:
      'Keys clinic websites use to read their published articles from /v1. Issue a key, copy it once, revoke it when it leaks.',
    group: 'Settings',
    useAsTitle: 'name',
  },
  endpoints: [issueKeyEndpoint],
  hooks: { beforeChange: [protectKeyHash] },
  trash: true,
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 80,
      admin: { description: 'Where the key is used, e.g. "Harbor Light website (production)".' },
    },
    { name: 'clinic', type: 'relationship', relationTo: slugs.clinics, required: true, index: true },
    {
      // Not `required`: GraphQL would then demand it on create, ignoring the default.
      name: 'rateLimitPerMinute',
      type: 'number',
      defaultValue: 600,
      min: 1,
      max: 100_000,
      admin: {
        description: 'Requests per minute before the API answers 429. A CDN in front absorbs most traffic.',
        step: 1,
      },
    },
    {
      type: 'collapsible',
      label: 'Secret',
      admin: { position: 'sidebar' },
      fields: [
        {
          type: 'ui',
          name: 'keyPanel',
          admin: { components: { Field: '/src/components/ClinicKeyPanel#ClinicKeyPanel' } },
        },
        {
          name: 'masked',
          type: 'text',
          label: 'Key',
          admin: { readOnly: true, description: 'Only the start and end of the key are kept readable.' },
        },
        { name: 'issuedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'revokedAt',
          type: 'date',
          admin: {
            readOnly: true,
            date: { pickerAppearance: 'dayAndTime' },
            description: 'A revoked key stops working at once, on every instance.',
          },
        },
        { name: 'hash', type: 'text', hidden: true, index: true },
      ],
    },
  ],
}

import type { CollectionConfig, Field } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminOnlyField } from '@/access/adminOnlyField'
import { signedIn } from '@/access/signedIn'
import { trashOnlyUnlessAdmin } from '@/access/trashOnlyUnlessAdmin'
import { defaultSitePaths, type SitePaths } from '@/delivery/siteAddresses'
import { slug } from '@/fields/slug'

import { slugs } from '../slugs'
import { generateWebhookSecret } from './hooks/generateWebhookSecret'
import { validateBrandColour } from './validators/validateBrandColour'
import { validateCrisisNumber } from './validators/validateCrisisNumber'
import { validateDomain } from './validators/validateDomain'
import { validateHttpUrl } from './validators/validateHttpUrl'
import { validateSitePath } from './validators/validateSitePath'
import { validateWebhookUrls } from './validators/validateWebhookUrls'

const sitePath = ({ kind, label, name }: { kind: 'index' | 'page'; label: string; name: keyof SitePaths }): Field => ({
  name,
  type: 'text',
  // Empty means the default, as for a clinic saved before the paths existed: data written without them stays valid.
  defaultValue: defaultSitePaths[name],
  label,
  maxLength: 200,
  validate: validateSitePath(kind),
})

/** The tenants: one clinic, one website. The multi-tenant plugin limits a marketer to their own clinics. */
export const Clinics: CollectionConfig = {
  slug: slugs.clinics,
  labels: { plural: 'Clinics', singular: 'Clinic' },
  graphQL: { pluralName: 'Clinics', singularName: 'Clinic' },
  access: {
    create: adminOnly,
    delete: trashOnlyUnlessAdmin(adminOnly),
    read: signedIn,
    readVersions: adminOnly,
    unlock: adminOnly,
    update: adminOnly,
  },
  admin: {
    defaultColumns: ['name', 'slug', 'phone', 'updatedAt'],
    description: 'The clinics of the network. Each has its own website, posts, authors and media.',
    group: 'Network',
    useAsTitle: 'name',
  },
  trash: true,
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slug({ useAsSlug: 'name' }),
    {
      name: 'domains',
      type: 'text',
      hasMany: true,
      admin: {
        description:
          'Host names of the clinic website, e.g. "harborlightketamine.com". The first is where every address the API gives points: canonical URLs, feeds, the sitemap and structured data.',
      },
      validate: validateDomain,
    },
    {
      name: 'sitePaths',
      type: 'group',
      label: 'Page addresses on the website',
      admin: {
        description:
          'Where the clinic website serves each page, on its first domain: {slug} stands for the page’s slug. Change them to match the site’s routes; a post’s own canonical URL still wins.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            sitePath({ kind: 'index', label: 'Blog index', name: 'blog' }),
            sitePath({ kind: 'page', label: 'Article', name: 'article' }),
            sitePath({ kind: 'page', label: 'Author', name: 'author' }),
            sitePath({ kind: 'page', label: 'Topic', name: 'topic' }),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', maxLength: 40 },
        {
          name: 'crisisLine',
          type: 'text',
          required: true,
          defaultValue: 'Call or text 988',
          admin: { description: 'Shown on every article. Keep a working crisis number here.' },
          maxLength: 200,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'crisisNumber',
          type: 'text',
          required: true,
          defaultValue: '988',
          admin: { description: 'The crisis line’s number, as sites link it for dialling: 988, or +18005550199.' },
          validate: validateCrisisNumber,
        },
        {
          name: 'crisisTakesTexts',
          type: 'checkbox',
          defaultValue: true,
          label: 'The crisis line takes text messages',
          admin: { description: 'Sites then offer an sms: link too.' },
        },
      ],
    },
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'street', type: 'text' },
        {
          type: 'row',
          fields: [
            { name: 'city', type: 'text' },
            { name: 'region', type: 'text', label: 'State or region' },
            { name: 'postalCode', type: 'text' },
            { name: 'country', type: 'text', defaultValue: 'US' },
          ],
        },
      ],
    },
    {
      name: 'services',
      type: 'text',
      hasMany: true,
      admin: { description: 'Treatments the clinic offers, one per entry.' },
    },
    {
      name: 'consultation',
      type: 'group',
      label: 'Consultation call to action',
      fields: [
        { name: 'label', type: 'text', defaultValue: 'Book a free consultation' },
        { name: 'url', type: 'text', validate: validateHttpUrl },
      ],
    },
    {
      name: 'disclaimer',
      type: 'textarea',
      admin: { description: 'Medical disclaimer shown under every article.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'brandColour',
          type: 'text',
          admin: { description: 'Hex colour such as #0f766e.' },
          validate: validateBrandColour,
        },
        { name: 'logo', type: 'upload', relationTo: slugs.media },
      ],
    },
    {
      name: 'webhooks',
      type: 'group',
      access: { read: adminOnlyField, update: adminOnlyField, create: adminOnlyField },
      admin: { description: 'The clinic website is told about publishes, unpublishes and retractions here.' },
      fields: [
        {
          name: 'urls',
          type: 'text',
          hasMany: true,
          label: 'Webhook URLs',
          validate: validateWebhookUrls,
        },
        {
          name: 'secret',
          type: 'text',
          admin: { readOnly: true, description: 'Signs every webhook (HMAC-SHA256). Generated automatically.' },
          hooks: { beforeChange: [generateWebhookSecret] },
        },
        {
          name: 'deliveries',
          type: 'join',
          collection: slugs.webhookDeliveries,
          on: 'clinic',
          defaultLimit: 10,
          defaultSort: '-createdAt',
          label: 'Recent deliveries',
          admin: {
            // Deliveries are written only by the webhook queue.
            allowCreate: false,
            defaultColumns: ['createdAt', 'eventType', 'url', 'status'],
            description: 'Each event sent to this clinic’s website, with every attempt (open one to see them).',
          },
        },
      ],
    },
  ],
}

// Search and social fields for anything with a public page. (@payloadcms/plugin-seo has no 3.90.2 release.)
import type { GroupField } from 'payload'

import { isHttpUrl } from '@/utilities/safeUrl'

import { slugs } from '../../collections/slugs'

export const seo = (): GroupField => ({
  name: 'seo',
  type: 'group',
  label: 'Search and social',
  admin: { description: 'Left empty, the title and excerpt are used.' },
  fields: [
    {
      name: 'title',
      type: 'text',
      maxLength: 70,
      admin: { description: 'Up to 70 characters; search engines cut longer titles.' },
    },
    { name: 'description', type: 'textarea', maxLength: 160, admin: { description: 'Up to 160 characters.' } },
    {
      name: 'image',
      type: 'upload',
      relationTo: slugs.media,
      admin: { description: 'Shared on social media (1200×630 is made automatically).' },
    },
    {
      name: 'canonicalUrl',
      type: 'text',
      validate: (value: null | string | undefined) =>
        !value || isHttpUrl(value) || 'The canonical URL must be a full web address starting with https://.',
    },
    { name: 'noIndex', type: 'checkbox', label: 'Hide from search engines', defaultValue: false },
  ],
})

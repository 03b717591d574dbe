import type { CollectionConfig } from 'payload'

import { adminOnlyField } from '@/access/adminOnlyField'
import { marketersAndAdmins } from '@/access/marketersAndAdmins'
import { signedIn } from '@/access/signedIn'
import { trashOnlyUnlessAdmin } from '@/access/trashOnlyUnlessAdmin'
import { slug } from '@/fields/slug'
import { ensureUniqueSlugPerClinic } from '@/hooks/ensureUniqueSlugPerClinic'
import { guardReviewerProfile } from '@/hooks/guardReviewerProfile'

import { slugs } from './slugs'

/** The people a clinic's posts are written by. Each clinic has its own authors. */
export const Authors: CollectionConfig = {
  slug: slugs.authors,
  labels: { plural: 'Authors', singular: 'Author' },
  graphQL: { pluralName: 'Authors', singularName: 'Author' },
  access: {
    create: marketersAndAdmins,
    delete: trashOnlyUnlessAdmin(marketersAndAdmins),
    read: signedIn,
    readVersions: signedIn,
    unlock: marketersAndAdmins,
    // Medical editors too: once a live article shows an author or image, its shown words are theirs (and the
    // admins') to change (src/plugins/liveShownWords).
    update: signedIn,
  },
  admin: {
    defaultColumns: ['name', 'credentials', 'jobTitle', 'updatedAt'],
    group: 'Content',
    useAsTitle: 'name',
  },
  hooks: {
    beforeChange: [ensureUniqueSlugPerClinic, guardReviewerProfile],
  },
  indexes: [{ fields: ['clinic', 'slug'], unique: true }],
  trash: true,
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slug({ isUniquePerClinic: true, useAsSlug: 'name' }),
    {
      type: 'row',
      fields: [
        {
          name: 'credentials',
          type: 'text',
          admin: { description: 'Letters after the name, e.g. "CRNA" or "MD, PhD".' },
          maxLength: 80,
        },
        { name: 'jobTitle', type: 'text', maxLength: 120 },
      ],
    },
    { name: 'bio', type: 'textarea', maxLength: 2000 },
    { name: 'photo', type: 'upload', relationTo: slugs.media },
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: slugs.users,
      label: 'Profile of the medical editor',
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        description:
          'When this page is a medical editor’s profile on the clinic’s site: the articles they sign off name it, with its photo, bio and address. Set by an admin.',
      },
      filterOptions: { roles: { contains: 'editor' } },
    },
  ],
}

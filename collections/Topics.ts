import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { editorsAndAdmins } from '@/access/editorsAndAdmins'
import { signedIn } from '@/access/signedIn'
import { trashOnlyUnlessAdmin } from '@/access/trashOnlyUnlessAdmin'
import { slug } from '@/fields/slug'

import { slugs } from './slugs'

/** Conditions and themes shared by the whole network (depression, PTSD, chronic pain, …). */
export const Topics: CollectionConfig = {
  slug: slugs.topics,
  labels: { plural: 'Topics', singular: 'Topic' },
  graphQL: { pluralName: 'Topics', singularName: 'Topic' },
  access: {
    create: editorsAndAdmins,
    delete: trashOnlyUnlessAdmin(adminOnly),
    read: signedIn,
    readVersions: editorsAndAdmins,
    unlock: editorsAndAdmins,
    update: editorsAndAdmins,
  },
  admin: {
    defaultColumns: ['name', 'slug', 'updatedAt'],
    group: 'Library',
    useAsTitle: 'name',
  },
  trash: true,
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    slug({ useAsSlug: 'name' }),
    { name: 'description', type: 'textarea', maxLength: 500 },
  ],
}

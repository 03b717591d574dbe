import type { CollectionConfig } from 'payload'

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { marketersAndAdmins } from '@/access/marketersAndAdmins'
import { signedIn } from '@/access/signedIn'
import { trashOnlyUnlessAdmin } from '@/access/trashOnlyUnlessAdmin'

import { slugs } from '../slugs'
import { acceptedImageTypes } from './acceptedImageTypes'
import { boundImageSize } from './hooks/boundImageSize'
import { nameUploadByContent } from './hooks/nameUploadByContent'
import { servedFileHeaders } from './servedFileHeaders'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** A clinic's images, resized by sharp for thumbnails, cards, heroes and social cards. */
export const Media: CollectionConfig = {
  slug: slugs.media,
  labels: { plural: 'Media', singular: 'Media item' },
  graphQL: { pluralName: 'Media', singularName: 'MediaItem' },
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
    defaultColumns: ['filename', 'alt', 'updatedAt'],
    group: 'Content',
    useAsTitle: 'alt',
  },
  hooks: {
    // The name and type come from the bytes first, so every later step (and every error message) sees the safe name.
    beforeOperation: [nameUploadByContent, boundImageSize],
  },
  trash: true,
  upload: {
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre' },
      { name: 'card', width: 768, height: 512, position: 'centre' },
      { name: 'hero', width: 1920, withoutEnlargement: true },
      { name: 'social', width: 1200, height: 630, position: 'centre' },
    ],
    mimeTypes: acceptedImageTypes,
    modifyResponseHeaders: ({ headers }) => {
      for (const [name, value] of Object.entries(servedFileHeaders)) headers.set(name, value)
      return headers
    },
    staticDir: process.env.MEDIA_DIR || path.resolve(dirname, '../../media'),
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 250,
      label: 'Alternative text',
      admin: { description: 'What the image shows, for readers who cannot see it. Required.' },
    },
    { name: 'caption', type: 'text', maxLength: 300 },
    { name: 'credit', type: 'text', maxLength: 120 },
  ],
}

// Media in an S3-compatible bucket when S3_BUCKET is set (src/storage/readS3Settings), so any instance serves any
// file; otherwise on local disk (MEDIA_DIR) as before.
import type { CollectionConfig, Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'

import type { S3Settings } from '@/storage/readS3Settings'

import { slugs } from '../../collections/slugs'
import { answerStorageUnavailable } from './answerStorageUnavailable'

/**
 * The cloud-storage plugin gives every collection it serves a hidden `_objectKey` text field, a folder that only its
 * client uploads (browser → bucket, off here) ever fill in. Kept, it would be a database column that exists only
 * when S3 is set, which the committed SQL migrations cannot have: production would query a missing column. Empty,
 * it changes no object key, so the field is left out and the schema is the same with or without S3.
 */
const withoutObjectKeyField = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.filter((field) => !('name' in field && field.name === '_objectKey')),
})

const withStorageErrorsAnswered = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, afterError: [...(collection.hooks?.afterError ?? []), answerStorageUnavailable] },
})

/**
 * The plugin is always applied, switched off without settings: even then it registers its admin upload handler, so the
 * committed import map is the same for every deployment. Objects are named by their file name alone (no `prefix`
 * option, which would add a field); names are already unique (collections/Media/hooks/nameUploadByContent).
 * Payload's own /api/media/file/… stays behind Payload's access control, streamed from the bucket by the plugin:
 * the bucket itself is never addressed by the public, and /v1/media serves what clinic sites show.
 */
export const mediaStorage = (settings: S3Settings | undefined): Plugin => {
  const plugin = s3Storage({
    bucket: settings?.bucket ?? '',
    clientCacheKey: settings?.clientKey,
    collections: { [slugs.media]: true },
    config: settings?.config ?? {},
    enabled: Boolean(settings),
  })
  return async (incoming) => {
    const config = await plugin(incoming)
    if (!settings) return config
    return {
      ...config,
      collections: config.collections?.map((collection) =>
        collection.slug === slugs.media ? withStorageErrorsAnswered(withoutObjectKeyField(collection)) : collection,
      ),
    }
  }
}

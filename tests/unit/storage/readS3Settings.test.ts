// The S3_* settings: off without a bucket, refused when half given, passed to the SDK as given otherwise.
import { describe, expect, it } from 'vitest'

import { readS3Settings } from '@/storage/readS3Settings'

const minio = {
  S3_ACCESS_KEY_ID: 'vetted',
  S3_BUCKET: 'vetted-media',
  S3_ENDPOINT: 'http://minio:9000',
  S3_FORCE_PATH_STYLE: 'true',
  S3_SECRET_ACCESS_KEY: 'a-secret-of-minio',
}

describe('readS3Settings', () => {
  it('is off (media on local disk) without S3_BUCKET, whatever else is set', () => {
    expect(readS3Settings({ ...minio, S3_BUCKET: '' })).toBeUndefined()
    expect(readS3Settings({})).toBeUndefined()
  })

  it('gives the SDK the endpoint, path-style addressing, a default region and both keys', () => {
    // Action
    const settings = readS3Settings(minio)
    // Assert
    expect(settings?.bucket).toBe('vetted-media')
    expect(settings?.config).toMatchObject({
      credentials: { accessKeyId: 'vetted', secretAccessKey: 'a-secret-of-minio' },
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      region: 'us-east-1',
    })
    expect(settings?.clientKey).toBe('s3:http://minio:9000:vetted-media')
  })

  it('leaves credentials to the SDK’s own chain (an instance role) when neither key is set', () => {
    const settings = readS3Settings({ S3_BUCKET: 'vetted-media', S3_REGION: 'eu-central-1' })
    expect(settings?.config.credentials).toBeUndefined()
    expect(settings?.config).toMatchObject({ endpoint: undefined, forcePathStyle: false, region: 'eu-central-1' })
  })

  it.each([
    ['a key id without its secret', { ...minio, S3_SECRET_ACCESS_KEY: '' }, 'must be set together'],
    ['a secret without its key id', { ...minio, S3_ACCESS_KEY_ID: ' ' }, 'must be set together'],
    ['an endpoint that is not an http(s) address', { ...minio, S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT must be'],
  ])('refuses %s with a message saying what to set', (_label, env, message) => {
    expect(() => readS3Settings(env)).toThrow(message)
  })
})

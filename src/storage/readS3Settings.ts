// Where media live when they are not on local disk: an S3-compatible bucket named by the S3_* environment variables.
import type { S3ClientConfig } from '@aws-sdk/client-s3'

export type S3Settings = {
  bucket: string
  /** The AWS SDK's client settings, shared by the upload plugin and /v1's reads so both reach the same bucket. */
  config: S3ClientConfig
  /** Names the SDK client the plugin keeps per process, so two buckets or endpoints never share one. */
  clientKey: string
}

/** A stalled or black-holed endpoint must fail a request within seconds (a 503) rather than hold it open. */
const connectionTimeoutMs = 5_000
const requestTimeoutMs = 30_000

const hasValue = (value: string | undefined): value is string => Boolean(value?.trim())

/**
 * S3_BUCKET switches media to the bucket; without it nothing is read and uploads stay on MEDIA_DIR. Like
 * PAYLOAD_SECRET, a half-given setting stops the start with a message saying what to set: a key id without its secret
 * (or the reverse) would otherwise fall back to whatever credentials the machine happens to have. With neither key
 * set, the SDK's own chain is used (an instance role, AWS_* variables, ~/.aws), as on AWS itself.
 */
export const readS3Settings = (env: Record<string, string | undefined> = process.env): S3Settings | undefined => {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  const accessKeyId = env.S3_ACCESS_KEY_ID
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY
  if (hasValue(accessKeyId) !== hasValue(secretAccessKey)) {
    throw new Error(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or both left empty to use the machine’s AWS credentials).',
    )
  }
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  if (endpoint && !/^https?:\/\//.test(endpoint)) {
    throw new Error(`S3_ENDPOINT must be an http:// or https:// address; got "${endpoint}".`)
  }
  return {
    bucket,
    clientKey: `s3:${endpoint ?? 'aws'}:${bucket}`,
    config: {
      ...(hasValue(accessKeyId) && hasValue(secretAccessKey) ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      endpoint,
      // MinIO and most self-hosted servers address buckets by path (host/bucket/key), not by host name.
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      region: env.S3_REGION?.trim() || 'us-east-1',
      // The plugin's own defaults (keep-alive agents) are replaced by this object, so they are repeated here.
      requestHandler: {
        connectionTimeout: connectionTimeoutMs,
        httpAgent: { keepAlive: true, maxSockets: 100 },
        httpsAgent: { keepAlive: true, maxSockets: 100 },
        requestTimeout: requestTimeoutMs,
      },
    },
  }
}

// A real S3-compatible server (s3rver, from npm) on a free port over a temporary folder, with one empty bucket: what
// tests of media in S3 upload to, read back and switch off.
import { S3 } from '@aws-sdk/client-s3'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

export type TestBucket = {
  /** The S3_* settings that point Vetted at this bucket. */
  env: Record<string, string>
  /** Every object key in the bucket, sorted. */
  keys: () => Promise<string[]>
  /** The bytes stored under a key. */
  object: (key: string) => Promise<Buffer>
  remove: (key: string) => Promise<void>
  /** Stops the server (the bucket becomes unreachable); safe to call twice. */
  stop: () => Promise<void>
}

const bucketName = 'vetted-media'
// s3rver accepts requests signed with these fixed credentials only.
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export const startTestBucket = async (): Promise<TestBucket> => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    configureBuckets: [{ configs: [], name: bucketName }],
    directory,
    port: 0,
    silent: true,
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3({ credentials, endpoint, forcePathStyle: true, region: 'us-east-1' })
  let isRunning = true
  return {
    env: {
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_BUCKET: bucketName,
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_REGION: 'us-east-1',
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    keys: async () =>
      ((await client.listObjectsV2({ Bucket: bucketName })).Contents ?? []).map((object) => object.Key ?? '').sort(),
    object: async (key) =>
      Buffer.from(await (await client.getObject({ Bucket: bucketName, Key: key })).Body!.transformToByteArray()),
    remove: async (key) => void (await client.deleteObject({ Bucket: bucketName, Key: key })),
    stop: async () => {
      if (!isRunning) return
      isRunning = false
      client.destroy()
      await server.close()
      fs.rmSync(directory, { force: true, recursive: true })
    },
  }
}

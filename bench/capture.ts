import fs from 'node:fs'
import http from 'node:http'

// Records Vetted's cached responses (status, headers, bytes) for the bare node:http baseline to replay.
import type { Capture } from './bareServer'

/** Set per connection by node:http on every response, so the baseline sets its own. */
const perConnection = new Set(['connection', 'date', 'keep-alive', 'transfer-encoding'])

const capture = (url: string, key: string) =>
  new Promise<Capture>((resolve, reject) => {
    // Like autocannon: no Accept-Encoding, so both servers send the identity bytes.
    http
      .get(url, { headers: { authorization: `Bearer ${key}` } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const headers = Object.fromEntries(
            Object.entries(response.headers).filter(
              ([name, value]) => !perConnection.has(name) && typeof value === 'string',
            ),
          ) as Record<string, string>
          resolve({ body: Buffer.concat(chunks).toString('base64'), headers, status: response.statusCode ?? 0 })
        })
      })
      .on('error', reject)
  })

export const captureResponses = async ({
  baseUrl,
  file,
  key,
  paths,
}: {
  baseUrl: string
  file: string
  key: string
  paths: string[]
}) => {
  const captures: Record<string, Capture> = {}
  for (const path of paths) {
    const captured = await capture(`${baseUrl}${path}`, key)
    if (captured.status !== 200)
      throw new Error(`GET ${path} answered ${captured.status}; the bench needs a 200 to compare.`)
    captures[path] = captured
  }
  fs.writeFileSync(file, JSON.stringify(captures))
  return captures
}

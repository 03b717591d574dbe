import http from 'node:http'
import https from 'node:https'

import { publicOnlyLookup } from './publicOnlyLookup'
import { signWebhook } from './signWebhook'
import { webhookUrlProblem } from './webhookUrlProblem'

export type Attempt = { durationMs: number; error: null | string; isDelivered: boolean; statusCode: null | number }

/** A clinic endpoint that has not answered in this long has failed this attempt; the queue tries again later. */
export const webhookTimeoutMs = 10_000

const describe = (error: unknown): string => {
  const { code, message, name } = error as { code?: string; message?: string; name?: string }
  if (name === 'AbortError' || name === 'TimeoutError') return `No answer within ${webhookTimeoutMs / 1000} s.`
  return [code, message].filter(Boolean).join(': ') || String(error)
}

/**
 * One signed POST of a webhook body. The address is checked again first (the rules or its DNS may have changed
 * since the clinic was saved); redirects are not followed, so a 3xx fails like any other non-2xx answer.
 */
export const postWebhook = async ({
  body,
  id,
  secret,
  url,
}: {
  body: string
  id: string
  secret: string
  url: string
}): Promise<Attempt> => {
  const problem = webhookUrlProblem(url)
  if (problem) return { durationMs: 0, error: problem, isDelivered: false, statusCode: null }
  const timestamp = Math.floor(Date.now() / 1000)
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Vetted-Webhooks/1',
    'webhook-id': id,
    'webhook-signature': signWebhook({ body, id, secret, timestamp }),
    'webhook-timestamp': String(timestamp),
  }
  const target = new URL(url.trim())
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const statusCode = await new Promise<number>((resolve, reject) => {
      const request = (target.protocol === 'https:' ? https : http).request(
        target,
        // A fresh connection each time (no agent): every delivery resolves and checks its host anew.
        {
          agent: false,
          headers,
          lookup: publicOnlyLookup,
          method: 'POST',
          signal: AbortSignal.timeout(webhookTimeoutMs),
        },
        (response) => {
          response.on('error', reject)
          response.on('end', () => resolve(response.statusCode ?? 0))
          // The answer's body is not used; reading it lets the connection close cleanly.
          response.resume()
        },
      )
      request.on('error', reject)
      request.end(body)
    })
    const isDelivered = statusCode >= 200 && statusCode < 300
    return {
      durationMs: elapsed(),
      error: isDelivered ? null : `The endpoint answered HTTP ${statusCode}.`,
      isDelivered,
      statusCode,
    }
  } catch (error) {
    return { durationMs: elapsed(), error: describe(error), isDelivered: false, statusCode: null }
  }
}

import { createHmac } from 'node:crypto'

export type SignedMessage = { body: string; id: string; secret: string; timestamp: number }

/**
 * The Standard Webhooks signature (https://www.standardwebhooks.com): `v1,` and the base64 HMAC-SHA256 of
 * "<webhook-id>.<webhook-timestamp>.<body>", keyed with the base64-decoded secret after its `whsec_` prefix.
 * Node's base64 decoder also reads the base64url secrets clinics were given before the prefix existed, so the
 * key bytes are the same in either form.
 */
export const signWebhook = ({ body, id, secret, timestamp }: SignedMessage): string => {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`
}

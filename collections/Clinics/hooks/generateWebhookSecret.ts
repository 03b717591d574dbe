import type { FieldHook } from 'payload'

import { randomBytes } from 'node:crypto'

/** Every clinic gets its own signing secret on first save; an existing one is kept. */
export const generateWebhookSecret: FieldHook = ({ value, originalDoc }) => {
  const existing = (originalDoc as { webhooks?: { secret?: string } } | undefined)?.webhooks?.secret
  if (typeof value === 'string' && value.length > 0) return value
  return existing || randomBytes(32).toString('base64url')
}

import type { FieldHook } from 'payload'

import { randomBytes } from 'node:crypto'

const prefix = 'whsec_'

/**
 * Every clinic gets its own signing secret on first save, in the Standard Webhooks form (`whsec_` and 32 random
 * bytes in base64), so a clinic developer can hand it to any Standard Webhooks library. An existing secret is
 * kept; one from before the prefix (base64url) is rewritten in the standard form with the same key bytes.
 */
export const generateWebhookSecret: FieldHook = ({ value, originalDoc }) => {
  const existing = (originalDoc as { webhooks?: { secret?: string } } | undefined)?.webhooks?.secret
  const secret = typeof value === 'string' && value.length > 0 ? value : existing
  if (!secret) return `${prefix}${randomBytes(32).toString('base64')}`
  if (secret.startsWith(prefix)) return secret
  return `${prefix}${Buffer.from(secret, 'base64url').toString('base64')}`
}

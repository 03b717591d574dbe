import type { TextFieldManyValidation } from 'payload'

import { isHttpUrl } from '../../../src/fields/safeUrl'
import { isPrivateHost } from '../../../src/fields/isPrivateHost'

/**
 * Webhooks are sent from our servers, so an address inside our network would let a clinic admin probe it.
 * Private and loopback hosts are refused unless ALLOW_PRIVATE_WEBHOOKS=true (development only).
 */
export const validateWebhookUrls: TextFieldManyValidation = (values) => {
  const isPrivateAllowed = process.env.ALLOW_PRIVATE_WEBHOOKS === 'true'
  for (const value of values ?? []) {
    if (!isHttpUrl(value)) return `"${value}" is not a web address: webhook URLs must start with https:// or http://.`
    if (!isPrivateAllowed && isPrivateHost(new URL(value).hostname)) {
      return `"${value}" points at a private or local address; webhooks may only go to public hosts.`
    }
  }
  return true
}

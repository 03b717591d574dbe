import { isHttpUrl } from '@/utilities/safeUrl'

import { allowsPrivateWebhooks } from './allowsPrivateWebhooks'
import { isPrivateHost } from './isPrivateHost'

/**
 * Why a webhook may not be sent to this address, or null when it may. Webhooks are sent from our servers, so an
 * address inside our network would let a clinic admin probe it: private and loopback hosts are refused unless
 * ALLOW_PRIVATE_WEBHOOKS=true. Checked when a clinic is saved and again before every delivery.
 */
export const webhookUrlProblem = (value: string): null | string => {
  if (!isHttpUrl(value)) return `"${value}" is not a web address: webhook URLs must start with https:// or http://.`
  if (!allowsPrivateWebhooks() && isPrivateHost(new URL(value.trim()).hostname)) {
    return `"${value}" points at a private or local address; webhooks may only go to public hosts.`
  }
  return null
}

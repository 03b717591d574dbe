import type { LookupAddress, LookupAllOptions } from 'node:dns'
import type { LookupFunction } from 'node:net'

import dns from 'node:dns'

import { allowsPrivateWebhooks } from './allowsPrivateWebhooks'
import { isPrivateHost } from './isPrivateHost'

type AllCallback = (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void
type OneCallback = (error: NodeJS.ErrnoException | null, address: string, family: number) => void

/**
 * A DNS lookup for outgoing webhooks that refuses names resolving to private or loopback addresses, checked at
 * connect time on the very addresses the socket uses, so a name that resolved publicly when the clinic was saved
 * (or rebinds between two lookups) cannot reach inside our network. Literal IPs never come here: the URL check
 * (webhookUrlProblem) refuses those.
 */
export const publicOnlyLookup = ((
  hostname: string,
  options: { all?: boolean } & Record<string, unknown>,
  callback: AllCallback | OneCallback,
) => {
  dns.lookup(hostname, { ...options, all: true } as LookupAllOptions, (error, addresses) => {
    if (error) return (callback as AllCallback)(error, [])
    const blocked = allowsPrivateWebhooks() ? undefined : addresses.find(({ address }) => isPrivateHost(address))
    if (blocked) {
      const refusal: NodeJS.ErrnoException = new Error(
        `${hostname} resolves to the private address ${blocked.address}; webhooks may only go to public hosts.`,
      )
      refusal.code = 'EPRIVATEADDRESS'
      return (callback as AllCallback)(refusal, [])
    }
    if (options.all) return (callback as AllCallback)(null, addresses)
    const [first] = addresses
    return (callback as OneCallback)(null, first.address, first.family)
  })
}) as LookupFunction

import ipaddr from 'ipaddr.js'

/** True for loopback, private, link-local and other non-public literal addresses, and for localhost names. */
export const isPrivateHost = (hostname: string): boolean => {
  // A trailing dot is the same name to DNS: "localhost." is localhost.
  const host = hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal'))
    return true
  if (!ipaddr.isValid(host)) return false
  const address = ipaddr.process(host)
  return address.range() !== 'unicast'
}

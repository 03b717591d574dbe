import { describe, expect, it } from 'vitest'

import { isPrivateHost } from '@/webhooks/isPrivateHost'

describe('isPrivateHost', () => {
  it.each([
    ['localhost', 'localhost'],
    ['localhost in upper case', 'LOCALHOST'],
    ['a .localhost sub-domain', 'api.localhost'],
    ['a .local mDNS name', 'printer.local'],
    ['an .internal name', 'metadata.google.internal'],
    ['IPv4 loopback', '127.0.0.1'],
    ['another IPv4 loopback address', '127.255.255.254'],
    ['IPv6 loopback in brackets', '[::1]'],
    ['IPv6 loopback without brackets', '::1'],
    ['the IPv4 unspecified address', '0.0.0.0'],
    ['the IPv6 unspecified address', '[::]'],
    ['10.0.0.0/8', '10.0.0.1'],
    ['the top of 10.0.0.0/8', '10.255.255.255'],
    ['192.168.0.0/16', '192.168.1.1'],
    ['the bottom of 172.16.0.0/12', '172.16.0.1'],
    ['the top of 172.16.0.0/12', '172.31.255.255'],
    ['IPv4 link-local, the cloud metadata address', '169.254.169.254'],
    ['carrier-grade NAT', '100.64.0.1'],
    ['IPv6 unique-local fc00::/7, fc half', 'fc00::1'],
    ['IPv6 unique-local fc00::/7, fd half, in brackets', '[fd12:3456:789a::1]'],
    ['IPv6 link-local', 'fe80::1'],
    ['IPv4-mapped IPv6 loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped IPv6 loopback in brackets', '[::ffff:127.0.0.1]'],
    ['IPv4-mapped IPv6 loopback in hex, as URL parsing writes it', '[::ffff:7f00:1]'],
    ['IPv4-mapped IPv6 private address', '::ffff:10.0.0.1'],
    ['shorthand IPv4 loopback', '127.1'],
    ['IPv4 loopback written as one number', '2130706433'],
  ])('treats %s (%s) as private', (_, host) => {
    // Act
    const isPrivate = isPrivateHost(host)

    // Assert
    expect(isPrivate).toBe(true)
  })

  it.each([
    ['a public IPv4 address', '93.184.216.34'],
    ['a public DNS resolver', '8.8.8.8'],
    ['just above 172.16.0.0/12', '172.32.0.1'],
    ['just below 172.16.0.0/12', '172.15.255.255'],
    ['next to 192.168.0.0/16', '192.169.0.1'],
    ['next to 10.0.0.0/8', '11.0.0.1'],
    ['a public IPv6 address in brackets', '[2606:4700:4700::1111]'],
    ['an IPv4-mapped public address', '::ffff:93.184.216.34'],
    ['a host name', 'example.com'],
    ['a host name that merely starts with localhost', 'localhost.example.com'],
    ['a host name that merely contains local', 'mylocalhost.com'],
    ['a host name with internal as a label, not the suffix', 'internal.example.com'],
  ])('treats %s (%s) as public', (_, host) => {
    // Act
    const isPrivate = isPrivateHost(host)

    // Assert
    expect(isPrivate).toBe(false)
  })

  it.each([
    ['http://127.0.0.1:8080/hook'],
    ['http://[::1]/hook'],
    ['http://[::ffff:127.0.0.1]/hook'],
    ['http://0x7f.1/hook'],
    ['http://169.254.169.254/latest/meta-data/'],
  ])('flags the host of the webhook URL %s, as the webhook validator passes it', (url) => {
    // Arrange
    const { hostname } = new URL(url)

    // Act
    const isPrivate = isPrivateHost(hostname)

    // Assert
    expect(isPrivate).toBe(true)
  })

  it.each([['http://localhost./hook'], ['http://api.localhost./hook']])(
    'flags a localhost name written with a trailing root dot (%s)',
    (url) => {
      // Arrange: the URL parser keeps the dot, and DNS resolves "localhost." to loopback just like "localhost"
      const { hostname } = new URL(url)

      // Act
      const isPrivate = isPrivateHost(hostname)

      // Assert
      expect(hostname.endsWith('.')).toBe(true)
      expect(isPrivate).toBe(true)
    },
  )
})

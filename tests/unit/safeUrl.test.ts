import { describe, expect, it } from 'vitest'

import { isHttpUrl, isSafeUrl } from '@/utilities/safeUrl'

describe('isSafeUrl', () => {
  it.each([
    ['an https link', 'https://clinic.example/posts/ketamine'],
    ['an http link with query and fragment', 'http://clinic.example/search?q=ketamine#results'],
    ['a mailto address', 'mailto:doctor@clinic.example'],
    ['a tel number', 'tel:+441234567890'],
    ['a site-relative path', '/about'],
    ['a deeper relative path', '/posts/ketamine-the-most?ref=nav'],
    ['an in-page anchor', '#references'],
    ['an https link with surrounding spaces', '  https://clinic.example  '],
    ['an upper-case scheme', 'HTTPS://clinic.example'],
  ])('allows %s', (_, url) => {
    // Act
    const safe = isSafeUrl(url)

    // Assert
    expect(safe).toBe(true)
  })

  it.each([
    ['a javascript: link', 'javascript:alert(1)'],
    ['a javascript: link even in mixed case', 'JaVaScRiPt:alert(1)'],
    ['a javascript: link behind leading spaces', '   javascript:alert(1)'],
    ['a javascript: link behind a leading tab and newline', '\t\njavascript:alert(1)'],
    ['a javascript: link with a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a base64 data: URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['a vbscript: link', 'vbscript:msgbox(1)'],
    ['a file: URL', 'file:///etc/passwd'],
    ['an ftp: URL', 'ftp://files.example/x'],
  ])('refuses %s', (_, url) => {
    // Act
    const safe = isSafeUrl(url)

    // Assert
    expect(safe).toBe(false)
  })

  it.each([
    ['//evil.com', '//evil.com'],
    ['//evil.com behind leading spaces', '  //evil.com'],
    // Browsers read "\" as "/" and drop tabs in http(s) URLs, so each of these opens https://evil.com/.
    ['/\\evil.com, which browsers read as //evil.com', '/\\evil.com'],
    ['/<tab>/evil.com, which browsers read as //evil.com', '/\t/evil.com'],
  ])('refuses the protocol-relative link %s', (_, url) => {
    // Arrange: what a browser on a clinic page would open
    const opened = new URL(url.trim(), 'https://clinic.example/posts/ketamine')

    // Act
    const safe = isSafeUrl(url)

    // Assert
    expect(opened.host).toBe('evil.com')
    expect(safe).toBe(false)
  })

  it.each([
    [''],
    ['   '],
    ['not a url'],
    ['clinic.example/about'],
    ['http://'],
    ['://clinic.example'],
    ['https://exa mple.com'],
  ])('refuses the garbage %j', (url) => {
    // Act
    const safe = isSafeUrl(url)

    // Assert
    expect(safe).toBe(false)
  })
})

describe('isHttpUrl', () => {
  it.each([
    ['https://clinic.example'],
    ['http://clinic.example/path?q=1'],
    ['  https://clinic.example/  '],
    ['HTTP://CLINIC.EXAMPLE'],
  ])('accepts the web address %j', (url) => {
    // Act
    const isHttp = isHttpUrl(url)

    // Assert
    expect(isHttp).toBe(true)
  })

  it.each([
    ['a mailto address', 'mailto:doctor@clinic.example'],
    ['a tel number', 'tel:+441234567890'],
    ['a relative path', '/about'],
    ['an anchor', '#references'],
    ['a javascript: link', 'javascript:alert(1)'],
    ['an ftp: URL', 'ftp://files.example'],
    ['a host name without a scheme', 'clinic.example'],
    ['an empty string', ''],
  ])('rejects %s', (_, url) => {
    // Act
    const isHttp = isHttpUrl(url)

    // Assert
    expect(isHttp).toBe(false)
  })
})

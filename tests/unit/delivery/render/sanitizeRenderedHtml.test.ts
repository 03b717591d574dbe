import { describe, expect, it } from 'vitest'

import { sanitizeRenderedHtml } from '@/delivery/render/sanitizeRenderedHtml'

describe('sanitizeRenderedHtml', () => {
  it.each([
    ['a plain javascript: link', '<a href="javascript:alert(1)">read</a>'],
    ['a mixed-case scheme', '<a href="JaVaScRiPt:alert(1)">read</a>'],
    ['a scheme spelled with a decimal entity', '<a href="&#106;avascript:alert(1)">read</a>'],
    ['a scheme spelled with hex entities', '<a href="&#x6A;&#x61;vascript:alert(1)">read</a>'],
    ['a tab entity inside the scheme', '<a href="java&#x09;script:alert(1)">read</a>'],
    ['a named tab entity inside the scheme', '<a href="java&Tab;script:alert(1)">read</a>'],
    ['a control character before the scheme', '<a href="&#x01;javascript:alert(1)">read</a>'],
    ['leading spaces and a newline', '<a href="  \njavascript:alert(1)">read</a>'],
    ['an entity colon', '<a href="javascript&colon;alert(1)">read</a>'],
    ['a data: URL', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">read</a>'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">read</a>'],
    ['a protocol-relative link to another host', '<a href="//evil.example/x">read</a>'],
  ])('drops %s but keeps the words', (_, dirty) => {
    // Act
    const html = sanitizeRenderedHtml(dirty)

    // Assert
    expect(html).toBe('read')
  })

  it.each([
    [
      'an https link, marked external',
      '<a href="https://clinic.example/a">x</a>',
      '<a href="https://clinic.example/a" rel="noopener noreferrer">x</a>',
    ],
    [
      'an http link, marked external',
      '<a href="http://clinic.example/a">x</a>',
      '<a href="http://clinic.example/a" rel="noopener noreferrer">x</a>',
    ],
    ['a mailto link', '<a href="mailto:care@clinic.example">x</a>', '<a href="mailto:care@clinic.example">x</a>'],
    ['a tel link', '<a href="tel:+15555550123">x</a>', '<a href="tel:+15555550123">x</a>'],
    ['a site-relative link', '<a href="/posts/first-infusion">x</a>', '<a href="/posts/first-infusion">x</a>'],
    [
      'a fragment link with a citation id',
      '<a id="cite-2-1" href="#ref-2">2</a>',
      '<a href="#ref-2" id="cite-2-1">2</a>',
    ],
  ])('keeps %s', (_, dirty, clean) => {
    // Act
    const html = sanitizeRenderedHtml(dirty)

    // Assert
    expect(html).toBe(clean)
  })

  it('replaces whatever rel and target an external link carried, and drops ids that are not citation markers', () => {
    // Act
    const html = sanitizeRenderedHtml(
      '<a href="https://x.example" rel="opener" target="_top" id="main" onclick="steal()">x</a>',
    )

    // Assert
    expect(html).toBe('<a href="https://x.example" rel="noopener noreferrer">x</a>')
  })

  it('keeps a new-tab target, with noopener', () => {
    // Act
    const html = sanitizeRenderedHtml('<a href="https://x.example" target="_blank">x</a>')

    // Assert
    expect(html).toBe('<a href="https://x.example" target="_blank" rel="noopener noreferrer">x</a>')
  })

  it('removes scripts, styles, frames, forms and event handlers entirely', () => {
    // Arrange
    const dirty =
      '<p onmouseover="x()">ok</p><script>alert(1)</script><style>p{}</style><iframe src="https://x.example"></iframe><form><input name="q"></form><svg><a href="javascript:alert(1)">s</a></svg>'

    // Act
    const html = sanitizeRenderedHtml(dirty)

    // Assert
    expect(html).toBe('<p>ok</p>s')
  })

  it('drops images with data: or script sources and keeps https ones without handlers', () => {
    // Act
    const html = sanitizeRenderedHtml(
      '<img src="data:image/png;base64,AA" /><img src="https://cdn.example/a.jpg" alt="A room" onerror="x()" />',
    )

    // Assert
    expect(html).toBe('<img src="https://cdn.example/a.jpg" alt="A room" />')
  })

  it('keeps only the classes and inline styles Vetted writes', () => {
    // Arrange
    const dirty =
      '<sup class="citation pwn">1</sup><span class="claim" data-claim="c1" data-x="y">s</span><p style="text-align: center; position: fixed; background: url(javascript:x)">c</p><span style="text-decoration: underline;">u</span>'

    // Act
    const html = sanitizeRenderedHtml(dirty)

    // Assert
    expect(html).toBe(
      '<sup class="citation">1</sup><span class="claim" data-claim="c1">s</span><p style="text-align:center">c</p><span style="text-decoration:underline">u</span>',
    )
  })
})

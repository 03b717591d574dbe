import { describe, expect, it } from 'vitest'

import { serializeJsonLd } from '@/delivery/render/serializeJsonLd'

describe('serializeJsonLd', () => {
  it('escapes "<", ">" and "&" so a value can never close the script element', () => {
    // Arrange
    const value = { headline: 'Safe? </script><script>alert(1)</script> & more' }

    // Act
    const json = serializeJsonLd(value)

    // Assert
    expect(json).toBe(
      '{"headline":"Safe? \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 more"}',
    )
    expect(json).not.toMatch(/[<>&]/)
  })

  it('escapes the line and paragraph separators older JavaScript parsers choke on', () => {
    // Act
    const json = serializeJsonLd({ name: 'a\u2028b\u2029c' })

    // Assert
    expect(json).toBe('{"name":"a\\u2028b\\u2029c"}')
  })

  it('reads back as the same value', () => {
    // Arrange
    const value = {
      '@type': 'MedicalWebPage',
      citation: [{ name: '<b>x</b> & y', sameAs: ['https://doi.org/10.1/x'] }],
      headline: 'Ketamine “fast”',
    }

    // Act
    const parsed = JSON.parse(serializeJsonLd(value))

    // Assert
    expect(parsed).toEqual(value)
  })
})

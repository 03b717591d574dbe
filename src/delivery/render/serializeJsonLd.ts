/**
 * JSON for a `<script type="application/ld+json">` element. "<" is escaped so no value (a title holding
 * "</script>", say) can end the element early; ">" and "&" for parsers that treat the element as HTML; U+2028 and
 * U+2029 because older JavaScript parsers read them as line ends. JSON.parse reads the result back unchanged.
 */
export const serializeJsonLd = (value: unknown): string =>
  (JSON.stringify(value) ?? 'null').replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )

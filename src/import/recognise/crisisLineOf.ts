// Crisis banners ("Are you in a crisis? Call or text 988 to speak to a crisis counselor.") are site chrome: every
// Vetted article shows its clinic's crisis line, so the banner is recognised rather than kept as body text.

const aboutCrisis = /\b(?:crisis|suicid\w*|lifeline|hotline|emergency|self-harm)\b/i
const callTo =
  /\b(?:call|text|dial)(?:\s*(?:or|and|\/)\s*(?:call|text|dial))?\s+(?:the\s+)?(?:[\w&-]+\s+){0,5}?(?:988|911|999|112|\d{3}[-.\s]\d{3}[-.\s]\d{4}|1-8\d\d-[\d-]{7,9})\b/i

/** The call to action of a crisis banner ("Call or text 988"), or undefined when the line is not one. */
export const crisisLineOf = (line: string): string | undefined => {
  const text = line.replace(/\s+/g, ' ').trim()
  if (text.length > 220 || !aboutCrisis.test(text)) return undefined
  const call = callTo.exec(text)?.[0]
  return call ? call.charAt(0).toUpperCase() + call.slice(1) : undefined
}

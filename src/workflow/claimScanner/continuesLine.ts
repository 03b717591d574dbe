// Whether a line of pasted web text goes on into the next one. Shared by the claim scanner, which reads a wrapped
// sentence as one, and the importer, which rebuilds wrapped paragraphs: both must agree on where a sentence runs.

const endsSentence = /(?:[.!?…]|\.\.\.)["'”’)\]]*$/
const startsMidSentence = /^[\p{Ll}([]/u
/** A line ending in a comma, a dash or a small joining word cannot end a paragraph or a heading. */
const endsWithJoiner =
  /(?:[,;‐‑–—-]|\b(?:a|an|and|are|as|at|be|been|but|by|can|could|for|from|had|has|have|in|into|is|its|may|might|nor|of|on|or|our|should|such|than|that|the|their|to|was|were|which|who|will|with|would|your))$/i

/** "What Spravato is", "Who the program is for": a short heading that names a topic ends with a joining word. */
const isTopicHeading = (line: string): boolean =>
  /^(?:What|How|Why|When|Who|Which|Where)\b/.test(line) && line.split(/\s+/).length <= 8

/**
 * A line continues into the next when it has no closing punctuation and either the next line starts in lower case
 * (or with a bracket) or the line ends in a comma or a joining word. Both lines are given trimmed.
 */
export const continuesLine = ({ lineAfter, lineBefore }: { lineAfter: string; lineBefore: string }): boolean =>
  lineBefore !== '' &&
  lineAfter !== '' &&
  !endsSentence.test(lineBefore) &&
  !(isTopicHeading(lineBefore) && /^\p{Lu}/u.test(lineAfter)) &&
  (startsMidSentence.test(lineAfter) || endsWithJoiner.test(lineBefore))

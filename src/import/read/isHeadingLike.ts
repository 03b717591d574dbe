/**
 * A line that reads as a heading in plain text: short, starting with a capital or a digit, and not ending like a
 * sentence or a clause (a question or an exclamation may be a heading: "What is Ketamine?").
 */
export const isHeadingLike = (line: string): boolean => {
  const text = line.trim()
  if (!text || text.length > 100 || text.split(/\s+/).length > 14) return false
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false
  return !/[.,;:…]["'”’)\]]*$/.test(text)
}

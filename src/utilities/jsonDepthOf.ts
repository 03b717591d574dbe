// How deeply a JSON text nests arrays and objects, read without parsing it: a deep body is refused before
// JSON.parse and Payload's recursive field walks ever see it.
export const jsonDepthOf = (text: string, stopAbove = Infinity): number => {
  let depth = 0
  let deepest = 0
  let isInString = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index)
    if (isInString) {
      if (char === 0x5c)
        index += 1 // a backslash escapes the next character, a quote included
      else if (char === 0x22) isInString = false
    } else if (char === 0x22) {
      isInString = true
    } else if (char === 0x7b || char === 0x5b) {
      depth += 1
      if (depth > deepest) deepest = depth
      if (deepest > stopAbove) return deepest
    } else if (char === 0x7d || char === 0x5d) {
      depth -= 1
    }
  }
  return deepest
}

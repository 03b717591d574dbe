// People's names as bylines and author boxes print them: "Tessa Eskin", "Dr. Jane van der Berg", "J. R. Smith".

const honorific = /^(?:dr|mr|mrs|ms|mx|prof|professor)\.?\s+/i
const nameWord = /^(?:[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.|de|del|della|da|van|von|der|den|la|le|bin|al|st\.?)$/u

/** The name without an honorific when the text has the shape of a person's name (two to five capitalised words). */
export const personName = (text: string): string | undefined => {
  const name = text.replace(/\s+/g, ' ').trim().replace(honorific, '')
  if (name.length > 60) return undefined
  const words = name.split(' ')
  if (words.length < 2 || words.length > 5) return undefined
  // Only the shape of a name: a capitalised phrase ("Ketamine Basics") passes too, so callers ask for more context
  // (a "By" before it, a bio paragraph that starts with it).
  return words.every((word) => nameWord.test(word)) &&
    /^[\p{Lu}]/u.test(words[0]) &&
    /^[\p{Lu}]/u.test(words.at(-1) ?? '')
    ? name
    : undefined
}

// Author bio boxes: a name on its own line, then a paragraph about that person ("Taylor Carter is a dynamic Senior
// Marketing Manager with …"). The job title is read from the first run of capitalised words after "is a".
import type { AuthorCandidate } from '@/import/types'

import { personName } from './personName'

const jobTitleAfterIsA =
  /\bis (?:a|an|the|our)\s+(?:[\p{Ll}][\p{L}-]*\s+){0,3}?((?:[\p{Lu}][\p{L}&-]*\s+){0,5}[\p{Lu}][\p{L}&-]*)\b/u

/** The author a name line and the paragraph after it describe, or undefined when they are not a bio box. */
export const bioOf = ({
  nameLine,
  paragraph,
}: {
  nameLine: string
  paragraph: string
}): AuthorCandidate | undefined => {
  const name = personName(nameLine)
  if (!name) return undefined
  const bio = paragraph.replace(/\s+/g, ' ').trim()
  // The paragraph must open with the whole name: "Ketamine Basics" above "Ketamine is …" is a heading, not a person.
  const isAboutThem = bio.startsWith(`${name} `) || bio.startsWith(`${name},`)
  if (!isAboutThem || bio.length < 40) return undefined
  const jobTitle = jobTitleAfterIsA.exec(bio)?.[1]
  return { bio: bio.slice(0, 2000), jobTitle: jobTitle && jobTitle.length <= 120 ? jobTitle : undefined, name }
}

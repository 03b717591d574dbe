import type { RenderReference } from './types'

export type CitedReference = {
  /** The ids of this reference's markers in the body, in reading order ("cite-2-1", "cite-2-2"…), for back-links. */
  backlinks: string[]
  number: number
  reference: RenderReference
}

/**
 * Numbers works by first appearance, as AMA does: a work cited again, directly or through a claim, keeps its number.
 * One numbering lives for one rendering of one body.
 */
export const createCitationNumbering = () => {
  const cited = new Map<string, CitedReference>()

  /** A marker link to the work's entry in the reference list ("#ref-2"), with an id the entry can link back to. */
  const mark = (reference: RenderReference): string => {
    let entry = cited.get(reference.id)
    if (!entry) {
      entry = { backlinks: [], number: cited.size + 1, reference }
      cited.set(reference.id, entry)
    }
    const id = `cite-${entry.number}-${entry.backlinks.length + 1}`
    entry.backlinks.push(id)
    return `<a href="#ref-${entry.number}" id="${id}">${entry.number}</a>`
  }

  return { cited: (): CitedReference[] => [...cited.values()], mark }
}

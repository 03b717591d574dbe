// What the import report says about one article beyond the counts: what was left out of the body and why, the
// crisis banner, the people the page names.
import type { Article } from '@/import/types'

import { quoted } from '@/utilities/quoted'

export const articleNotes = ({
  article,
  clinicCrisisLine,
}: {
  article: Article
  clinicCrisisLine?: null | string
}): string[] => {
  const notes = [...article.notes]
  if (article.crisisLine) {
    const isSame = clinicCrisisLine?.toLowerCase().includes(article.crisisLine.toLowerCase())
    notes.push(
      isSame
        ? `Crisis banner ${quoted(article.crisisLine, 60)} recognised; the clinic's crisis line is shown with every article.`
        : `Crisis banner ${quoted(article.crisisLine, 60)} differs from the clinic's crisis line ${quoted(clinicCrisisLine ?? 'none', 60)}; an admin should check the clinic's settings.`,
    )
  }
  const byReason = new Map<string, string[]>()
  for (const { reason, text } of article.dropped) byReason.set(reason, [...(byReason.get(reason) ?? []), text])
  for (const [reason, texts] of byReason)
    notes.push(`Left out, ${reason}: ${texts.map((text) => quoted(text, 60)).join(', ')}`)
  return notes
}

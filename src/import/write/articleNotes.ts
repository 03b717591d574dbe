// What the import report says about one article beyond the counts: what was left out of the body and why, the
// crisis banner, the people the page names.
import type { Article } from '@/import/types'

const quote = (text: string, max = 60) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`

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
        ? `Crisis banner ${quote(article.crisisLine)} recognised; the clinic's crisis line is shown with every article.`
        : `Crisis banner ${quote(article.crisisLine)} differs from the clinic's crisis line ${quote(clinicCrisisLine ?? 'none')}; an admin should check the clinic's settings.`,
    )
  }
  const byReason = new Map<string, string[]>()
  for (const { reason, text } of article.dropped) byReason.set(reason, [...(byReason.get(reason) ?? []), text])
  for (const [reason, texts] of byReason)
    notes.push(`Left out, ${reason}: ${texts.map((text) => quote(text)).join(', ')}`)
  return notes
}

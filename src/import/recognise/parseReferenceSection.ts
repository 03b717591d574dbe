import type { Block, ReferenceEntry, ReferenceGroup, Run } from '@/import/types'

// An article's reference section as library entries: each line or list item one entry, a group heading ("In the
// News") setting the kind of what follows, and a sentence under a bare title read as that title's summary (news
// lists print a teaser under each headline).
import type { HeadingKind } from './referenceHeadingKind'

import { guessStudyKind } from './guessStudyKind'
import { parseCitation } from './parseCitation'
import { referenceHeadingKind } from './referenceHeadingKind'
import { isScholarlyHost } from './scholarlyHost'
import { textOf } from './textOf'

const endsLikeSentence = /[.!?…]["'”’)\]]*$/
/** " - Mayo Clinic News Network" after a headline: the outlet, as news aggregators print it. */
const outletSuffix = /^(.{15,}?)\s+[-–—|]\s+([^-–—|]{3,60})$/

const looksFormatted = (entry: ReferenceEntry): boolean =>
  Boolean(entry.doi || entry.pmid || entry.year || entry.authors?.length)

/** A sentence right under a bare headline is its teaser, not an entry of its own. */
const isSummaryOf = ({ entry, text }: { entry: ReferenceEntry; text: string }): boolean =>
  !entry.summary &&
  !looksFormatted(entry) &&
  !endsLikeSentence.test(entry.title) &&
  endsLikeSentence.test(text) &&
  text.split(/\s+/).length >= 5 &&
  !looksFormatted({ ...parseCitation(text), kind: 'study', runs: [] })

const kindOf = ({
  entry,
  headingKind,
}: {
  entry: Omit<ReferenceEntry, 'kind'>
  headingKind: HeadingKind
}): ReferenceEntry['kind'] => {
  if (headingKind === 'news') return 'news'
  const hasScholarlySource = Boolean(
    entry.doi || entry.pmid || entry.journal || (entry.url && isScholarlyHost(entry.url)),
  )
  if (headingKind === 'any' && entry.url && !hasScholarlySource) return 'news'
  return guessStudyKind(entry.title)
}

const entryOf = ({ headingKind, runs }: { headingKind: HeadingKind; runs: Run[] }): ReferenceEntry => {
  const citation = parseCitation(textOf(runs))
  const url = runs.find((run) => run.href && /^https?:/i.test(run.href))?.href ?? citation.url
  const linked = url ? parseCitation(url) : undefined
  const entry = { ...citation, doi: citation.doi ?? linked?.doi, pmid: citation.pmid ?? linked?.pmid, runs, url }
  const kind = kindOf({ entry, headingKind })
  const outlet = kind === 'news' && !entry.journal ? outletSuffix.exec(entry.title) : null
  return outlet ? { ...entry, journal: outlet[2].trim(), kind, title: outlet[1].trim() } : { ...entry, kind }
}

const entryRuns = (block: Block): Run[][] => (block.type === 'list' ? block.items : [block.runs])

export const parseReferenceSection = ({
  blocks,
  headingKind = 'any',
}: {
  blocks: Block[]
  headingKind?: HeadingKind
}): ReferenceGroup[] => {
  const groups: ReferenceGroup[] = []
  let group: ReferenceGroup = { entries: [] }
  let kind = headingKind
  for (const block of blocks) {
    const groupKind = block.type === 'list' ? undefined : referenceHeadingKind(textOf(block.runs))
    if (groupKind) {
      if (group.entries.length || group.heading) groups.push(group)
      group = { entries: [], heading: textOf(block.type === 'list' ? [] : block.runs) }
      kind = groupKind === 'any' ? headingKind : groupKind
      continue
    }
    for (const runs of entryRuns(block)) {
      const text = textOf(runs)
      if (!text) continue
      const last = group.entries.at(-1)
      if (last && isSummaryOf({ entry: last, text })) last.summary = text.slice(0, 2000)
      else group.entries.push(entryOf({ headingKind: kind, runs }))
    }
  }
  if (group.entries.length || group.heading) groups.push(group)
  return groups.filter((candidate) => candidate.entries.length > 0)
}

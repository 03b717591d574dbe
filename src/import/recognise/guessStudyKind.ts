import type { ReferenceKind } from '@/import/types'

// A new library entry needs a kind before an editor vets it; the title's own words are the best first guess, and
// the editor corrects it while vetting.
const kinds: { kind: ReferenceKind; pattern: RegExp }[] = [
  { kind: 'meta-analysis', pattern: /\bmeta-?analys[ie]s\b/i },
  { kind: 'review', pattern: /\b(?:systematic\s+)?review\b|\boverview\b|\bnarrative synthesis\b/i },
  { kind: 'guideline', pattern: /\bguidelines?\b|\bconsensus statement\b|\bpractice parameter\b/i },
  { kind: 'trial', pattern: /\brandomi[sz]ed\b|\bcontrolled trial\b|\btrial\b|\bplacebo\b|\bcrossover\b/i },
  {
    kind: 'preclinical',
    pattern: /\b(?:mice|mouse|murine|rats?|rodents?|primates?|in vitro|cell cultures?|zebrafish)\b/i,
  },
  {
    kind: 'observational',
    pattern: /\b(?:cohort|retrospective|observational|case series|case report|registry|cross-sectional|survey)\b/i,
  },
]

export const guessStudyKind = (title: string): ReferenceKind =>
  kinds.find(({ pattern }) => pattern.test(title))?.kind ?? 'study'

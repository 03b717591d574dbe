export const referenceKinds = [
  { label: 'Study', value: 'study' },
  { label: 'Randomised trial', value: 'trial' },
  { label: 'Review', value: 'review' },
  { label: 'Meta-analysis', value: 'meta-analysis' },
  { label: 'Observational study', value: 'observational' },
  { label: 'Preclinical (animal or cell) study', value: 'preclinical' },
  { label: 'Guideline', value: 'guideline' },
  { label: 'News', value: 'news' },
]

export const evidenceLevels = [
  { label: '1 – Systematic review or meta-analysis of trials', value: '1' },
  { label: '2 – Randomised controlled trial', value: '2' },
  { label: '3 – Controlled study without randomisation', value: '3' },
  { label: '4 – Case series or observational study', value: '4' },
  { label: '5 – Expert opinion, mechanism or animal study', value: '5' },
]

export const vettingStatuses = [
  { label: 'Unvetted', value: 'unvetted' },
  { label: 'Vetted', value: 'vetted' },
  { label: 'Rejected', value: 'rejected' },
  { label: 'Retracted', value: 'retracted' },
]

// The nine kinds of medical claim the scanner reports, in the order a reviewer reads them.
export const claimKinds = [
  'efficacy',
  'safety',
  'mechanism',
  'comparison',
  'eligibility',
  'dosing',
  'regulatory',
  'statistic',
  'research-appeal',
] as const

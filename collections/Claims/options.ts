export const claimStatuses = [
  { label: 'Draft', value: 'draft' },
  { label: 'Waiting for review', value: 'pending' },
  { label: 'Approved', value: 'approved' },
  { label: 'Rejected', value: 'rejected' },
  { label: 'Retired', value: 'retired' },
  { label: 'Needs re-review', value: 'needs_rereview' },
]

/** States in which the proposer may still change a claim. */
export const openClaimStatuses = ['draft', 'pending'] as const

// What raised a review alert; its reason says the rest in words.
export const reviewAlertKinds = [
  { label: 'Reference retracted', value: 'retraction' },
  { label: 'Claim no longer usable', value: 'claim' },
  { label: 'Scheduled publish failed', value: 'scheduled_publish' },
]

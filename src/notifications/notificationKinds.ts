// The kinds of e-mail Vetted sends about posts; each user may turn any of them off on their account (emailsOff).
export const notificationKinds = ['assigned', 'changes_requested', 'signed_off', 'published', 'review_alert'] as const
export type NotificationKind = (typeof notificationKinds)[number]

export const notificationKindLabels: Record<NotificationKind, string> = {
  assigned: 'A post was assigned to me',
  changes_requested: 'An editor asked for changes to a post of my clinic',
  published: 'A post of my clinic (or one I signed off) was published',
  review_alert: 'A live post needs attention (retraction, expired or reworded claim, failed publish)',
  signed_off: 'A post of my clinic was signed off',
}

export const notificationKindOptions = notificationKinds.map((value) => ({
  label: notificationKindLabels[value],
  value,
}))

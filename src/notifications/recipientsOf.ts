// Who gets a notification about a post: asked for by audience, narrowed to accounts that may read the post (a
// marketer only of its own clinic), to those who have not turned that kind off, and never the person who acted.
import type { PayloadRequest, Where } from 'payload'

import type { User } from '@/payload-types'

import { memberClinicIds } from '@/access/memberClinicIds'
import { isEditorOrAdmin, isMarketer } from '@/access/roles'

import type { NotificationKind } from './notificationKinds'

export type Audience = {
  /** The marketers who are members of the post's clinic. */
  clinicMarketers?: boolean
  /** Every medical editor. */
  editors?: boolean
  /** Named accounts (the assignee, the signing editor); still only if they may read the post. */
  users?: (null | string | undefined)[]
}

/** The same rule the posts' access applies: editors and admins read every clinic, marketers their own. */
const mayRead = (user: User, clinic: null | string): boolean =>
  isEditorOrAdmin(user) || (isMarketer(user) && clinic !== null && memberClinicIds(user).includes(clinic))

export const recipientsOf = async ({
  audience,
  clinic,
  kind,
  req,
}: {
  audience: Audience
  clinic: null | string
  kind: NotificationKind
  req: PayloadRequest
}): Promise<User[]> => {
  const named = (audience.users ?? []).filter((id): id is string => Boolean(id))
  const or: Where[] = [
    ...(audience.clinicMarketers && clinic
      ? [{ and: [{ roles: { in: ['marketer'] } }, { 'clinics.clinic': { equals: clinic } }] }]
      : []),
    ...(audience.editors ? [{ roles: { in: ['editor'] } }] : []),
    ...(named.length ? [{ id: { in: named } }] : []),
  ]
  if (!or.length) return []
  // As the system: the actor (or the job) need not be able to list these accounts for them to be told.
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { or },
  })
  return docs
    .map((user) => ({ ...user, collection: 'users' as const }))
    .filter(
      (user) =>
        mayRead(user, clinic) && !(user.emailsOff ?? []).includes(kind) && String(user.id) !== String(req.user?.id),
    )
}

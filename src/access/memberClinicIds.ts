// The clinics a user belongs to, as ids: what a marketer's clinic-scoped reads are narrowed to.
import { idOf } from '@/utilities/idOf'

type MaybeMember = { clinics?: null | { clinic?: unknown }[] } | null | undefined

export const memberClinicIds = (user: MaybeMember): string[] =>
  (user?.clinics ?? []).flatMap(({ clinic }) => (clinic ? [idOf(clinic)] : []))

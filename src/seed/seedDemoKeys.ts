// One delivery key per demo clinic, so a clinic website can be tried against /v1 at once. Secrets exist only when
// issued, so a later seed run reports the keys as already issued (rotate one in the admin to see a new secret).
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { issueClinicKey } from '@/delivery/keys/issueClinicKey'

import type { SeedActor } from './reviewSeedPost'

export type DemoKey = { clinic: string; key: null | string }

const name = 'Demo website'

export const seedDemoKeys = async ({
  admin,
  clinicIds,
  payload,
}: {
  admin: SeedActor
  clinicIds: Map<string, string>
  payload: Payload
}): Promise<DemoKey[]> => {
  const req = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload)
  const keys: DemoKey[] = []
  for (const [clinic, clinicId] of clinicIds) {
    const { totalDocs } = await payload.count({
      collection: 'clinic-keys',
      overrideAccess: true,
      where: { and: [{ clinic: { equals: clinicId } }, { name: { equals: name } }] },
    })
    if (totalDocs) {
      keys.push({ clinic, key: null })
      continue
    }
    const created = await payload.create({
      collection: 'clinic-keys',
      data: { clinic: clinicId, name, rateLimitPerMinute: 600 },
      overrideAccess: false,
      req,
      user: req.user,
    })
    keys.push({ clinic, key: (await issueClinicKey({ id: created.id, req })).key })
  }
  return keys
}

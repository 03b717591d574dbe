// Issues (or rotates) a clinic key's secret: the one place a secret is made, hashed and handed out.
import type { PayloadRequest } from 'payload'

import { issuedKeyToken } from '@/requestContext'

import { generateClinicKey, hashClinicKey, maskClinicKey } from './clinicKey'

export const issueClinicKey = async ({ id, req }: { id: string; req: PayloadRequest }) => {
  const key = generateClinicKey()
  const doc = await req.payload.update({
    collection: 'clinic-keys',
    context: { [issuedKeyToken]: { hash: hashClinicKey(key), masked: maskClinicKey(key) } },
    data: {},
    id,
    overrideAccess: false,
    req,
    user: req.user,
  })
  return { doc, key }
}

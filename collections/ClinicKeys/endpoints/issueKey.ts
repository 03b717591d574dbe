import type { Endpoint } from 'payload'

import { APIError, Forbidden } from 'payload'

import { isAdmin } from '@/access/roles'
import { issueClinicKey } from '@/delivery/keys/issueClinicKey'

/**
 * POST /api/clinic-keys/:id/issue — issues the key's secret, or rotates it (the old secret stops working at once).
 * The secret is in this response and nowhere else, ever.
 */
export const issueKeyEndpoint: Endpoint = {
  handler: async (req) => {
    if (!isAdmin(req.user)) throw new Forbidden(req.t)
    const { id } = req.routeParams as { id: string }
    const current = await req.payload.findByID({
      collection: 'clinic-keys',
      depth: 0,
      disableErrors: true,
      id,
      overrideAccess: false,
      req,
      user: req.user,
    })
    if (!current) throw new APIError('There is no clinic key with this id.', 404, undefined, true)
    if (current.revokedAt)
      throw new APIError('This key was revoked; create a new key for the clinic instead.', 409, undefined, true)
    const { doc, key } = await issueClinicKey({ id, req })
    return Response.json(
      { doc, key, message: 'Copy this key now: it is shown only once. Send it as "Authorization: Bearer <key>".' },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
  method: 'post',
  path: '/:id/issue',
}

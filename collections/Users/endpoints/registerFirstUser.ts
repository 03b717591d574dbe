// Replaces Payload's POST /api/users/first-register (custom endpoints are matched before the built-in ones).
import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, Forbidden, headersWithCors, registerFirstUserOperation } from 'payload'
import { generatePayloadCookie } from 'payload/shared'

import { firstAdminMarker } from '../hooks/makeFirstUserAdmin'

/**
 * Payload's own check counts only users not in the trash, so trashing everyone would reopen the screen to
 * anyone on the internet. Here it opens only while the database has never held an account: no user, trashed or
 * not, and no first-admin marker. The rest is Payload's operation (transaction, create, log in) and response.
 */
export const registerFirstUser: Endpoint = {
  handler: async (req) => {
    const { payload } = req
    const users = await payload.count({ collection: 'users', overrideAccess: true, trash: true })
    const markers = await payload.count({
      collection: 'payload-kv',
      overrideAccess: true,
      where: { key: { equals: firstAdminMarker } },
    })
    if (users.totalDocs > 0 || markers.totalDocs > 0) throw new Forbidden(req.t)

    await addDataAndFileToRequest(req)
    const collection = payload.collections.users
    const text = (value: unknown) => (typeof value === 'string' ? value : '')
    const result = await registerFirstUserOperation({
      collection,
      data: { ...req.data, email: text(req.data?.email), password: text(req.data?.password) } as never,
      req,
    })
    const cookie = generatePayloadCookie({
      collectionAuthConfig: collection.config.auth,
      cookiePrefix: payload.config.cookiePrefix,
      token: result.token as string,
    })
    return Response.json(
      {
        exp: result.exp,
        message: req.t('authentication:successfullyRegisteredFirstUser'),
        token: result.token,
        user: result.user,
      },
      { headers: headersWithCors({ headers: new Headers({ 'Set-Cookie': cookie }), req }), status: 200 },
    )
  },
  method: 'post',
  path: '/first-register',
}

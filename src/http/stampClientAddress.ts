import type { RequestHandler } from 'express'

import { clientAddressHeader } from '../../collections/Users/auth/clientAddressHeader'

/**
 * Payload's handlers see a fetch Request without the socket, so the address express worked out (honouring
 * TRUST_PROXY) travels in a header that is always overwritten here and so cannot be forged by the client.
 */
export const stampClientAddress: RequestHandler = (req, _res, next) => {
  req.headers[clientAddressHeader] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
  next()
}

/**
 * Where this API is reachable from the outside, for absolute links in feeds, images and JSON-LD. SERVER_URL is the
 * setting; without it (development) the local address is the only one that can work.
 */
export const publicOrigin = (): string =>
  (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

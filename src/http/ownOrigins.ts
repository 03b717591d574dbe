// The browser origins whose requests may carry the admin's auth cookie (Payload's `csrf` list).
import { corsOriginsOf } from './corsOrigins'

const originOf = (url: string): null | string => {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/**
 * Payload accepts a cookie from any Origin while its `csrf` list is empty, which it is when SERVER_URL and
 * CORS_ORIGINS are unset. The list therefore always holds this server's own origin: SERVER_URL when set, else
 * the local addresses it listens on (PORT) for development. CORS_ORIGINS adds the front ends allowed in too.
 */
export const ownOrigins = (env: Record<string, string | undefined> = process.env): string[] => {
  const port = Number(env.PORT || 3000)
  const own = env.SERVER_URL
    ? [env.SERVER_URL]
    : [`http://localhost:${port}`, `http://127.0.0.1:${port}`, ...(env.HOST ? [`http://${env.HOST}:${port}`] : [])]
  const ownOnes = own.map(originOf).filter((origin): origin is string => Boolean(origin))
  return [...new Set([...ownOnes, ...corsOriginsOf(env)])]
}

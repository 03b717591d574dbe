// Writes a cached response at the node:http level: 304 when the client holds it, otherwise the coding it prefers,
// each with its own ETag. Used by the cache-hit path ahead of express and by the router: both answer byte for byte.
import type { IncomingMessage, ServerResponse } from 'node:http'

import Negotiator from 'negotiator'

import type { CachedResponse } from './responseCache'

/** Whether If-None-Match names this ETag (weakly compared, as RFC 9110 says for it), or is `*`. */
export const matchesEtag = (header: string | undefined, etag: string) =>
  Boolean(
    header &&
    (header.trim() === '*' || header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)),
  )

type Coding = 'br' | 'gzip' | 'identity'

/** The coding the client prefers among those held, by q-values, `*` and `identity;q=0`; none when it refuses all. */
const pickCoding = (header: string | string[] | undefined, entry: CachedResponse): Coding | undefined => {
  const held: Coding[] = [
    ...(entry.br ? (['br'] as const) : []),
    ...(entry.gzip ? (['gzip'] as const) : []),
    'identity',
  ]
  // Among codings the client likes equally (browsers send "gzip, deflate, br"), the smallest: br, then gzip.
  return new Negotiator({ headers: { 'accept-encoding': header } }).encoding(held, { preferred: held }) as
    Coding | undefined
}

/** Each coding is its own representation with its own strong ETag (RFC 9110 8.8.3). */
const etagOf = (entry: CachedResponse, coding: Coding) =>
  coding === 'identity' ? entry.etag : `${entry.etag.slice(0, -1)}-${coding}"`

const notAcceptable = JSON.stringify({
  detail: 'Accept-Encoding refuses every coding this answer has: identity, gzip and br.',
  status: 406,
  title: 'Not acceptable',
})

export const sendCached = (
  req: IncomingMessage,
  res: ServerResponse,
  entry: CachedResponse,
  headers: Record<string, string> = {},
): void => {
  const coding = pickCoding(req.headers['accept-encoding'], entry)
  if (!coding) {
    res.writeHead(406, { ...headers, 'Cache-Control': 'no-store', 'Content-Type': 'application/problem+json' })
    res.end(req.method === 'HEAD' ? undefined : notAcceptable)
    return
  }
  const etag = etagOf(entry, coding)
  const common = {
    ...entry.headers,
    ...headers,
    'Cache-Control': entry.cacheControl,
    ETag: etag,
    // Origin: the CORS headers differ by the page asking.
    Vary: 'Authorization, Accept-Encoding, Origin',
  }
  if (entry.status === 200 && matchesEtag(req.headers['if-none-match'], etag)) {
    res.writeHead(304, common).end()
    return
  }
  const body = coding === 'identity' ? entry.body : (entry[coding] as Buffer)
  res.writeHead(entry.status, {
    ...common,
    'Content-Length': String(body.length),
    'Content-Type': entry.contentType,
    ...(coding === 'identity' ? {} : { 'Content-Encoding': coding }),
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

// Writes a cached response at the node:http level: 304 when the client holds it, otherwise the best encoding it
// accepts. Used by the cache-hit path ahead of express and by the router, so both answer byte for byte alike.
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { CachedResponse } from './responseCache'

const matchesEtag = (header: string | undefined, etag: string) =>
  Boolean(
    header &&
    (header.trim() === '*' || header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)),
  )

const pickEncoding = (header: string | string[] | undefined, entry: CachedResponse): 'br' | 'gzip' | undefined => {
  const accepted = String(header ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, quality]) => !quality || Number(quality.trim().replace('q=', '')) > 0)
    .map(([name]) => name.trim().toLowerCase())
  if (entry.br && accepted.includes('br')) return 'br'
  if (entry.gzip && accepted.includes('gzip')) return 'gzip'
  return undefined
}

export const sendCached = (
  req: IncomingMessage,
  res: ServerResponse,
  entry: CachedResponse,
  headers: Record<string, string> = {},
): void => {
  const common = {
    ...headers,
    'Cache-Control': entry.cacheControl,
    ETag: entry.etag,
    // Origin: the CORS headers differ by the page asking.
    Vary: 'Authorization, Accept-Encoding, Origin',
  }
  if (entry.status === 200 && matchesEtag(req.headers['if-none-match'], entry.etag)) {
    res.writeHead(304, common).end()
    return
  }
  const encoding = pickEncoding(req.headers['accept-encoding'], entry)
  const body = (encoding && entry[encoding]) || entry.body
  res.writeHead(entry.status, {
    ...common,
    'Content-Length': String(body.length),
    'Content-Type': entry.contentType,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

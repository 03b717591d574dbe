// Rendered /v1 responses as final bytes: the body, a strong ETag and gzip/brotli variants, all made once when the
// entry is filled, so a hit costs no serialisation or compression. Concurrent misses for one key share one fill.
import { LRUCache } from 'lru-cache'
import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export type CachedResponse = {
  body: Buffer
  /** Compressed variants exist only for responses that are kept; errors go out as they are. */
  br?: Buffer
  cacheControl: string
  contentType: string
  etag: string
  gzip?: Buffer
  /** Headers of the answer itself, such as a list's Link to its other pages. */
  headers?: Record<string, string>
  status: number
}

export const buildCachedResponse = ({
  body,
  cacheControl,
  contentType,
  headers,
  status = 200,
}: {
  body: string
  cacheControl: string
  contentType: string
  headers?: Record<string, string>
  status?: number
}): CachedResponse => {
  const bytes = Buffer.from(body)
  const isKept = status === 200
  return {
    body: bytes,
    br: isKept
      ? brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        })
      : undefined,
    cacheControl,
    contentType,
    etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`,
    gzip: isKept ? gzipSync(bytes, { level: 6 }) : undefined,
    headers,
    status,
  }
}

/**
 * Successes, and 404s: a missing slug costs a lookup once per generation, not once per request, and the same
 * flush that shows a newly published post drops it. A 404 still goes to clients as `no-store` (its entry says so):
 * only this instance's memory holds it. Other errors (bad parameters, a revoked clinic) are answered afresh.
 */
const isKeptEntry = (entry: CachedResponse) => entry.status === 200 || entry.status === 404

export type ResponseCache = {
  flush: () => void
  get: (key: string) => CachedResponse | undefined
  /** The cached entry, or the one `fill` makes; one fill at a time per key; only successes and 404s are kept. */
  getOrFill: (key: string, fill: () => Promise<CachedResponse>) => Promise<CachedResponse>
}

export const createResponseCache = ({ maxBytes = 256 * 1024 * 1024 } = {}): ResponseCache => {
  const entries = new LRUCache<string, CachedResponse>({
    maxSize: maxBytes,
    sizeCalculation: (entry) => entry.body.length + (entry.gzip?.length ?? 0) + (entry.br?.length ?? 0),
  })
  const filling = new Map<string, Promise<CachedResponse>>()
  let generation = 0
  return {
    flush: () => {
      generation += 1
      entries.clear()
      filling.clear()
    },
    get: (key) => entries.get(key),
    getOrFill: (key, fill) => {
      const hit = entries.get(key)
      if (hit) return Promise.resolve(hit)
      const pending = filling.get(key)
      if (pending) return pending
      const startedIn = generation
      const promise = fill()
        .then((entry) => {
          // A fill that began before a flush may hold old content: answer with it, but do not keep it.
          if (startedIn === generation && isKeptEntry(entry)) entries.set(key, entry)
          return entry
        })
        .finally(() => {
          if (filling.get(key) === promise) filling.delete(key)
        })
      filling.set(key, promise)
      return promise
    },
  }
}

// Reads a request body into memory, stopping as soon as it grows past the limit: neither a false Content-Length
// nor a chunked body without one gets more than `limit` bytes buffered.
import type { IncomingMessage } from 'node:http'

export type LimitedBody = { body: Buffer; isTooLarge: false } | { isTooLarge: true }

export const readLimitedBody = (req: IncomingMessage, limit: number): Promise<LimitedBody> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (declared > limit) return resolve({ isTooLarge: true })
    const chunks: Buffer[] = []
    let received = 0
    const onData = (chunk: Buffer) => {
      received += chunk.length
      if (received > limit) {
        cleanup()
        // Stop reading: the rest of the body is never buffered, and the connection closes after the answer.
        req.pause()
        return resolve({ isTooLarge: true })
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      cleanup()
      resolve({ body: Buffer.concat(chunks), isTooLarge: false })
    }
    const onError = (error: Error) => {
      cleanup()
      reject(error)
    }
    const cleanup = () => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
  })

// A clinic website's webhook endpoint for tests: a real node:http server on 127.0.0.1 that records every request
// and answers each path with the statuses it is told to (then 200).
import type { IncomingHttpHeaders } from 'node:http'

import http from 'node:http'

export type Received = { body: string; headers: IncomingHttpHeaders; path: string }

export type Receiver = Awaited<ReturnType<typeof startReceiver>>

export const startReceiver = async () => {
  const received: Received[] = []
  const scripts = new Map<string, number[]>()
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const path = request.url ?? '/'
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers, path })
      response.writeHead(scripts.get(path)?.shift() ?? 200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    /** Answers the next requests to `path` with these statuses, in order; later ones get 200. */
    answer: (path: string, ...statuses: number[]) => scripts.set(path, statuses),
    at: (path: string) => received.filter((request) => request.path === path),
    /** Forgets what was received at `path`. */
    clear: (path: string) => {
      for (let index = received.length - 1; index >= 0; index -= 1)
        if (received[index].path === path) received.splice(index, 1)
    },
    close: () => new Promise((resolve) => server.close(resolve)),
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
  }
}

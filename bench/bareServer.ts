// The baseline: a bare node:http server that answers every request with the status, headers and bytes captured
// from one of Vetted's cached responses, doing no other work. Run as a child process by the bench.
import fs from 'node:fs'
import http from 'node:http'

export type Capture = { body: string; headers: Record<string, string>; status: number }

const captures = JSON.parse(fs.readFileSync(process.env.BENCH_CAPTURE as string, 'utf8')) as Record<string, Capture>
const responses = new Map(
  Object.entries(captures).map(([path, { body, headers, status }]) => [
    path,
    { body: Buffer.from(body, 'base64'), headers, status },
  ]),
)

http
  .createServer((req, res) => {
    const response = responses.get(req.url?.split('?')[0] ?? '')
    if (!response) return res.writeHead(req.url === '/ready' ? 200 : 404).end()
    res.writeHead(response.status, response.headers).end(response.body)
  })
  .listen(Number(process.env.PORT), process.env.HOST || '127.0.0.1')

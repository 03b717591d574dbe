import type { AddressInfo } from 'node:net'

// The browser journeys' inbox: the real SMTP catcher (tests/helpers/smtpCatcher) the production server sends to,
// and a small HTTP reader of what it caught, since the journeys run in other processes than globalSetup's.
import http from 'node:http'

import type { CaughtMail } from '../helpers/smtpCatcher'

import { startSmtpCatcher } from '../helpers/smtpCatcher'

export type Mailbox = { smtpPort: number; stop: () => Promise<void>; url: string }

/** GET {url}/messages?to=address answers the messages caught for that address (all without `to`), as JSON. */
export const startMailbox = async (): Promise<Mailbox> => {
  const catcher = await startSmtpCatcher()
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (url.pathname !== '/messages') {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify(catcher.messages(url.searchParams.get('to') ?? undefined)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    smtpPort: catcher.port,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await catcher.stop()
    },
    url: `http://127.0.0.1:${port}`,
  }
}

/** What the mailbox at `url` caught for `to`. */
export const mailFor = async (url: string, to: string): Promise<CaughtMail[]> =>
  (await fetch(`${url}/messages?to=${encodeURIComponent(to)}`)).json() as Promise<CaughtMail[]>

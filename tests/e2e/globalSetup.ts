// One production server for every browser journey: the journeys share the seeded demo network (each creates what
// it changes under its own names), and the server's e-mail goes to a real SMTP server on loopback whose inbox the
// journeys read (mailbox.ts). Vitest runs this only when an e2e file is queued.
import type { TestProject } from 'vitest/node'

import { startMailbox } from './mailbox'
import { startServer } from './startServer'

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string
    e2eMailboxUrl: string
  }
}

export default async function setup(project: TestProject) {
  const mailbox = await startMailbox()
  const server = await startServer({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.smtpPort) } })
  project.provide('e2eBaseUrl', server.baseUrl)
  project.provide('e2eMailboxUrl', mailbox.url)
  return async () => {
    await server.stop()
    await mailbox.stop()
  }
}

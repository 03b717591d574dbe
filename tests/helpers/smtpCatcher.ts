// A real SMTP server on 127.0.0.1 for tests: Payload's nodemailer adapter sends to it over TCP, and it keeps every
// message it receives, parsed, so a test reads what a user's inbox would get.
import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type CaughtMail = { html: string; subject: string; text: string; to: string[] }

export type SmtpCatcher = {
  /** Messages received so far; `to` narrows them to one recipient. */
  messages: (to?: string) => CaughtMail[]
  port: number
  reset: () => void
  stop: () => Promise<void>
}

const addressesOf = (field: unknown): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((entry: { value?: { address?: string }[] }) =>
    (entry.value ?? []).map((value) => (value.address ?? '').toLowerCase()),
  )

export const startSmtpCatcher = async (): Promise<SmtpCatcher> => {
  const received: CaughtMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no certificate to make, and nodemailer sends without STARTTLS when none is offered.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            html: typeof mail.html === 'string' ? mail.html : '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            to: addressesOf(mail.to),
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    messages: (to) => (to ? received.filter((mail) => mail.to.includes(to.toLowerCase())) : [...received]),
    port,
    reset: () => {
      received.length = 0
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

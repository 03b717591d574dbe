// The outgoing mail server, read from the environment in one place. With no SMTP_HOST, Payload keeps its default
// adapter, which writes each e-mail to the log instead of sending it: a fresh clone runs without a mail server.
import type { EmailAdapter } from 'payload'

/** EMAIL_FROM as `Name <address>` or a bare address. */
const senderOf = (from: string | undefined): { address: string; name: string } => {
  const match = from?.match(/^\s*(.*?)\s*<([^>]+)>\s*$/)
  if (match) return { address: match[2], name: match[1].replace(/^"|"$/g, '') || 'Vetted' }
  return { address: from?.trim() || 'no-reply@vetted.invalid', name: 'Vetted' }
}

export const emailAdapter = (): Promise<EmailAdapter> | undefined => {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const sender = senderOf(process.env.EMAIL_FROM)
  const secure = process.env.SMTP_SECURE === 'true'
  const user = process.env.SMTP_USER
  // Loaded only when configured: a process with no mail server never loads nodemailer.
  return import('@payloadcms/email-nodemailer').then(({ nodemailerAdapter }) =>
    nodemailerAdapter({
      defaultFromAddress: sender.address,
      defaultFromName: sender.name,
      // Not at start-up: an unreachable server would hold the boot for nodemailer's two-minute timeout, and each
      // send is a job that fails, is logged and retried anyway.
      skipVerify: true,
      transportOptions: {
        auth: user ? { pass: process.env.SMTP_PASS ?? '', user } : undefined,
        host,
        port: Number(process.env.SMTP_PORT) || (secure ? 465 : 587),
        secure,
      },
    }),
  )
}

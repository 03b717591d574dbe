import type { TaskConfig } from 'payload'

/**
 * One e-mail, already worded (src/notifications/notify): sent through Payload's e-mail adapter. A failed send
 * throws, so the queue tries again later with backoff, and the save that queued it never waited for the server.
 */
export const sendEmail: TaskConfig<'sendEmail'> = {
  slug: 'sendEmail',
  label: 'Send a notification e-mail',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea', required: true },
  ],
  retries: { attempts: 5, backoff: { delay: 60_000, type: 'exponential' } },
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ html: input.html, subject: input.subject, text: input.text, to: input.to })
    return { output: {} }
  },
}

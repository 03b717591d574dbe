import type { TaskConfig } from 'payload'

import { invitationEmail, invitationExpiryMs } from '../../collections/Users/auth/passwordEmails'

/**
 * Sends a new account its invitation: a set-password token from Payload's own forgot-password operation, which
 * the reset-password page and endpoint take, worded as an invitation. A failed send is retried by the queue.
 */
export const sendInvitation: TaskConfig<'sendInvitation'> = {
  slug: 'sendInvitation',
  label: 'Invite a new user to choose a password',
  inputSchema: [{ name: 'user', type: 'text', required: true }],
  retries: { attempts: 5, backoff: { delay: 60_000, type: 'exponential' } },
  handler: async ({ input, req }) => {
    const user = await req.payload.findByID({
      collection: 'users',
      depth: 0,
      disableErrors: true,
      id: input.user,
      overrideAccess: true,
      req,
    })
    // Trashed or gone since: nobody to invite.
    if (!user) return { output: {} }
    // Payload sends its own e-mail only after reserving the account outside any transaction, which on SQLite
    // fails (SQLITE_BUSY) against the job's open one; so it only makes the token here, and the invitation is sent below.
    const token = await req.payload.forgotPassword({
      collection: 'users',
      data: { email: user.email },
      disableEmail: true,
      expiration: invitationExpiryMs,
      req,
    })
    if (!token) throw new Error(`No set-password token could be made for user ${user.id}.`)
    await req.payload.sendEmail({ ...invitationEmail({ req, token, user }), to: user.email })
    return { output: {} }
  },
}

// The set-password e-mails of Payload's forgot-password flow: the reset a user asks for (auth.forgotPassword), and
// the invitation a new account gets (src/jobs/sendInvitation), the same kind of token under other words.
import type { PayloadRequest } from 'payload'

import escapeHtml from 'escape-html'
import { formatAdminURL } from 'payload/shared'

import type { User } from '@/payload-types'

type Args = { req?: PayloadRequest; token?: string; user?: Partial<User> }

/** How long an invitation's link works: a week, where a reset the user asked for lasts Payload's hour. */
export const invitationExpiryMs = 7 * 24 * 60 * 60 * 1000

const setPasswordUrl = ({ req, token }: Args): string =>
  escapeHtml(
    formatAdminURL({
      adminRoute: req?.payload.config.routes.admin ?? '/admin',
      path: `${req?.payload.config.admin.routes.reset ?? '/reset'}/${token}`,
      serverURL: req?.payload.config.serverURL ?? '',
    }),
  )

export const resetEmailSubject = (): string => 'Reset your Vetted password'

export const resetEmailHtml = (args: Args = {}): string =>
  [
    `<p>Hello ${escapeHtml(args.user?.name ?? '')},</p>`,
    `<p>Someone asked to reset your Vetted password. Choose a new one here (the link works for an hour): <a href="${setPasswordUrl(args)}">${setPasswordUrl(args)}</a></p>`,
    '<p>If it was not you, ignore this e-mail: your password stays as it is.</p>',
  ].join('\n')

export const invitationEmail = (args: Required<Args>) => ({
  html: [
    `<p>Hello ${escapeHtml(args.user.name ?? '')},</p>`,
    '<p>An administrator made you an account on Vetted, the clinics’ medical review workspace.</p>',
    `<p>Choose your password here (the link works for a week): <a href="${setPasswordUrl(args)}">${setPasswordUrl(args)}</a></p>`,
    `<p>Then sign in with ${escapeHtml(args.user.email ?? 'your e-mail address')}.</p>`,
  ].join('\n'),
  subject: 'You are invited to Vetted: choose your password',
})

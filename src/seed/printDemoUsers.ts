import type { Payload } from 'payload'

import type { SeedSummary } from './seedNetwork'

export const printDemoUsers = ({ payload, summary }: { payload: Payload; summary: SeedSummary }): void => {
  const lines = summary.users.map(({ email, password, roles }) => `  ${roles.join(', ').padEnd(9)} ${email.padEnd(32)} ${password}`)
  payload.logger.info(
    [
      `Demo network ready (${summary.created} created, ${summary.existing} already there). Sign in at /admin with:`,
      ...lines,
      '  (demo passwords: development only)',
    ].join('\n'),
  )
}

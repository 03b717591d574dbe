import type { Payload } from 'payload'

import type { SeedSummary } from './seedNetwork'

export const printDemoUsers = ({ payload, summary }: { payload: Payload; summary: SeedSummary }): void => {
  const lines = summary.users.map(
    ({ email, password, roles }) => `  ${roles.join(', ').padEnd(9)} ${email.padEnd(32)} ${password}`,
  )
  payload.logger.info(
    [
      `Demo network ready (${summary.created} created, ${summary.existing} already there). Sign in at /admin with:`,
      ...lines,
      '  (demo passwords: development only)',
      'Delivery API keys for the demo clinic websites (shown once; rotate one in the admin to get a new secret):',
      ...summary.keys.map(({ clinic, key }) => `  ${clinic.padEnd(20)} ${key ?? '(issued on an earlier run)'}`),
      `  Try: curl -H "Authorization: Bearer <key>" http://localhost:${process.env.PORT || 3000}/v1/posts`,
    ].join('\n'),
  )
}

import type { TaskConfig } from 'payload'

import { raiseClaimAlerts } from '@/workflow/raiseClaimAlerts'

/**
 * Every minute (Payload's job scheduling, where crons run: src/server.ts unless RUN_JOBS=false): expires approved
 * claims past their re-review date and raises review alerts for the live posts quoting claims that cannot be
 * shown any more (see raiseClaimAlerts).
 */
export const reviewClaimFallout: TaskConfig<'reviewClaimFallout'> = {
  slug: 'reviewClaimFallout',
  label: 'Expire claims and alert editors to live posts quoting unusable claims',
  outputSchema: [
    { name: 'alerts', type: 'number' },
    { name: 'expired', type: 'number' },
  ],
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await raiseClaimAlerts({ now: new Date(), req }) }),
}

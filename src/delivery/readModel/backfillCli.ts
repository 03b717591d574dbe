// npm run delivery:backfill: renders the delivery row of every live post (see backfillDeliveryRows).
import '@/loadEnv'
import { runWithPayload } from '@/cli/runWithPayload'

import { backfillDeliveryRows } from './backfillDeliveryRows'

await runWithPayload({
  failureMessage: 'The delivery backfill failed',
  task: async (payload) => {
    const { rendered } = await backfillDeliveryRows({ payload })
    payload.logger.info(`Rendered the delivery rows of ${rendered} live posts.`)
  },
})

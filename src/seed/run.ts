// npm run seed: builds (or completes) the demo network, then prints the demo accounts.
import '@/loadEnv'
import { runWithPayload } from '@/cli/runWithPayload'

import { printDemoUsers } from './printDemoUsers'
import { seedNetwork } from './seedNetwork'

await runWithPayload({
  failureMessage: 'Seeding failed',
  task: async (payload) => printDemoUsers({ payload, summary: await seedNetwork({ payload }) }),
})

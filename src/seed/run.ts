// npm run seed: builds (or completes) the demo network, then prints the demo accounts.
import '../loadEnv'

import { getPayload } from 'payload'

import config from '../../payload.config'
import { printDemoUsers } from './printDemoUsers'
import { seedNetwork } from './seedNetwork'

const payload = await getPayload({ config })
try {
  printDemoUsers({ payload, summary: await seedNetwork({ payload }) })
} catch (error) {
  payload.logger.error({ err: error, msg: 'Seeding failed' })
  process.exitCode = 1
} finally {
  await payload.destroy()
}

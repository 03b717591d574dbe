import type { Payload } from 'payload'

import { slugs } from '../../collections/slugs'
import { printDemoUsers } from './printDemoUsers'
import { seedNetwork } from './seedNetwork'

/** The first `npm run dev` on an empty database builds the demo network, so there is something to look at. */
export const seedIfEmpty = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: slugs.users, overrideAccess: true, trash: true })
  if (totalDocs > 0) return
  payload.logger.info('The database is empty: seeding the demo network (set SEED_ON_EMPTY=false to skip).')
  printDemoUsers({ payload, summary: await seedNetwork({ payload }) })
}

// The usual start of an integration test file: the real Payload and HTTP server on a fresh database, with the
// two-clinic network in it, shut down after the file. Read `suite.booted` and `suite.network` inside tests.
// `withServer: false` boots Payload alone, for suites that use only the Local API (as `boot` takes it).
import { afterAll, beforeAll } from 'vitest'

import type { Booted } from './boot'
import type { Network } from './network'

import { boot } from './boot'
import { createNetwork } from './network'

export const bootNetwork = ({ withServer = true }: { withServer?: boolean } = {}): {
  booted: Booted
  network: Network
} => {
  const suite = {} as { booted: Booted; network: Network }
  beforeAll(async () => {
    suite.booted = await boot({ withServer })
    suite.network = await createNetwork(suite.booted.payload)
  })
  afterAll(async () => suite.booted?.shutdown())
  return suite
}

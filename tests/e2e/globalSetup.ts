// One production server for every browser journey: the journeys share the seeded demo network (each creates what
// it changes under its own names). Vitest runs this only when an e2e file is queued.
import type { TestProject } from 'vitest/node'

import { startServer } from './startServer'

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string
  }
}

export default async function setup(project: TestProject) {
  const server = await startServer()
  project.provide('e2eBaseUrl', server.baseUrl)
  return () => server.stop()
}

// Boots the real Payload (and, on request, the real HTTP server) on a fresh database for one test file.
import type { Server } from 'node:http'
import type { Payload, SanitizedConfig } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { closeDatabase } from '@/db/closeDatabase'
import { createServer } from '@/http/createServer'

import type { TestDatabase } from './database'

import { createTestDatabase } from './database'

export type Booted = {
  baseUrl: string
  config: Promise<SanitizedConfig>
  payload: Payload
  shutdown: () => Promise<void>
}

/** With `database`, boots on that one (which another instance may share) and leaves it to its owner to drop. */
export const boot = async ({
  database: shared,
  withServer = true,
}: { database?: TestDatabase; withServer?: boolean } = {}): Promise<Booted> => {
  const database = shared ?? (await createTestDatabase())
  process.env.DATABASE_URI = database.uri
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-media-'))
  process.env.MEDIA_DIR = mediaDir
  // Each test file runs in its own module registry, so this import reads the DATABASE_URI set above.
  const config = (await import('../../payload.config')).default
  const payload = await getPayload({ config })
  let server: Server | undefined
  let baseUrl = ''
  if (withServer) {
    server = createServer({ config, payload }).listen(0, '127.0.0.1')
    await new Promise<void>((resolve) => server?.once('listening', resolve))
    const address = server.address()
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  }
  return {
    baseUrl,
    config,
    payload,
    shutdown: async () => {
      if (server) {
        server.closeAllConnections()
        await new Promise((resolve) => server?.close(resolve))
      }
      await closeDatabase(payload)
      if (!shared) await database.drop()
      fs.rmSync(mediaDir, { force: true, recursive: true })
    },
  }
}

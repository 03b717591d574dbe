// Boots the real Payload (and, on request, the real HTTP server) on a fresh database for one test file.
import type { Server } from 'node:http'
import type { Payload, SanitizedConfig } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { closeDatabase } from '../../src/db/closeDatabase'
import { createServer } from '../../src/http/createServer'
import { createTestDatabase } from './database'

export type Booted = {
  baseUrl: string
  config: Promise<SanitizedConfig>
  payload: Payload
  shutdown: () => Promise<void>
}

export const boot = async ({ withServer = true }: { withServer?: boolean } = {}): Promise<Booted> => {
  const database = await createTestDatabase()
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
      await database.drop()
      fs.rmSync(mediaDir, { force: true, recursive: true })
    },
  }
}

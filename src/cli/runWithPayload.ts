// How a command-line script (npm run seed, npm run import) boots Payload, runs, and ends.
import type { Payload } from 'payload'

import { getPayload } from 'payload'

import { closeDatabase } from '@/db/closeDatabase'

type ScriptOptions = {
  /** Logged with the error when the task throws, e.g. "Seeding failed". */
  failureMessage: string
  /** The script's work; resolves to the exit code (0 when nothing is returned). */
  task: (payload: Payload) => Promise<number | void>
}

export const runWithPayload = async ({ failureMessage, task }: ScriptOptions): Promise<never> => {
  // Outside production, getPayload opens a WebSocket to Next's development HMR endpoint on localhost:$PORT (3000 by
  // default) to reload the config when it changes. With `npm run dev` listening there, the socket connects, nothing
  // ever closes it, and a script that has finished its work never exits. Scripts have no use for HMR.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  // Imported here, after the environment is settled, as every entry point reads it through the config.
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  let exitCode = 1
  try {
    exitCode = (await task(payload)) ?? 0
  } catch (error) {
    payload.logger.error({ err: error, msg: failureMessage })
  } finally {
    await closeDatabase(payload)
  }
  // The PostgreSQL adapter keeps a client checked out to watch for disconnects (see closeDatabase), which would hold
  // the process open; the script is done, so it says so.
  process.exit(exitCode)
}

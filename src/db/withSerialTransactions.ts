// SQLite allows one writer at a time. libsql (@libsql/client, pinned by an npm override to a version whose
// connections are pooled: 0.14, Payload's own pin, opened a connection per transaction and never closed it) runs each
// transaction on a pooled connection, and a second BEGIN IMMEDIATE while one is open fails at once with SQLITE_BUSY
// (eight parallel first registrations gave seven 500s). So this process queues its transactions, one open at a
// time, and a BEGIN that still meets a lock (another process, such as a seed beside the dev server) is retried for a
// while, without blocking the event loop.
import type { DatabaseAdapterObj } from 'payload'

import { APIError } from 'payload'

type Id = number | string
type TransactionAdapter = {
  beginTransaction: (options?: unknown) => Promise<Id | null>
  commitTransaction: (id: Id | Promise<Id>) => Promise<void>
  rollbackTransaction: (id: Id | Promise<Id>) => Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const isBusy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message))

/** A transaction left open longer than this (a request that never committed) stops holding the queue. */
const maxHoldMs = 60_000
/** How long a transaction may wait for its turn, and for another process's lock, before the request fails (503). */
const maxWaitMs = 30_000

export const withSerialTransactions = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const db = adapter as unknown as TransactionAdapter
    const { beginTransaction, commitTransaction, rollbackTransaction } = db
    let tail: Promise<void> = Promise.resolve()
    const releases = new Map<string, () => void>()

    const beginWithRetry = async (options: unknown) => {
      const deadline = Date.now() + maxWaitMs
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await beginTransaction.call(adapter, options)
        } catch (error) {
          if (!isBusy(error) || Date.now() > deadline) throw error
          await sleep(Math.min(10 * 2 ** attempt, 200) + Math.random() * 10)
        }
      }
    }

    db.beginTransaction = async (options) => {
      let release!: () => void
      const turn = new Promise<void>((resolve) => (release = resolve))
      const previous = tail
      tail = tail.then(() => turn)
      const waited = await Promise.race([previous.then(() => true), sleep(maxWaitMs).then(() => false)])
      if (!waited) {
        release()
        throw new APIError('The database is busy; please try again in a moment.', 503, undefined, true)
      }
      try {
        const id = await beginWithRetry(options)
        if (id === null) {
          release()
          return id
        }
        const timer = setTimeout(release, maxHoldMs)
        timer.unref()
        releases.set(String(id), () => {
          clearTimeout(timer)
          release()
        })
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    const settle =
      (finish: TransactionAdapter['commitTransaction']): TransactionAdapter['commitTransaction'] =>
      async (id) => {
        const key = String(await id)
        try {
          await finish.call(adapter, id)
        } finally {
          releases.get(key)?.()
          releases.delete(key)
        }
      }
    db.commitTransaction = settle(commitTransaction)
    db.rollbackTransaction = settle(rollbackTransaction)
    return adapter
  },
})

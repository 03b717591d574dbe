// Watches the delivery generation and calls `onChange` when another instance (or this one) moved it: a poll of
// the database, and with REDIS_URL a change notice that makes the instance look at once.
import type { Payload } from 'payload'

import { readDeliveryGeneration } from './deliveryGeneration'
import { subscribeDeliveryNotices } from './deliveryNotices'

/** How long a notice keeps us reading, waiting for its write to commit (or to be rolled back and never seen). */
const noticeWaitMs = 1000
const noticeRetryMs = 20
/**
 * A read that has not answered by then counts as failed (a PostgreSQL or MongoDB connection can hang without an
 * error): the caches are dropped and the next poll reads afresh, instead of every poll waiting on the hung read and
 * the instance serving what it cached, unpublished posts included, for as long as the hang lasts.
 */
const readTimeoutMs = 5000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What the caches were filled under when no read has succeeded yet but one has failed: differs from any generation. */
const unread = Symbol('unread generation')

/** What health reports: the generation the caches are filled under, and when a read last succeeded. */
export type WatchState = { checkedAt: Date | undefined; generation: null | string | undefined }

const withinTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ])

export const watchDeliveryGeneration = ({
  intervalMs = 250,
  onChange,
  payload,
  timeoutMs = readTimeoutMs,
}: {
  intervalMs?: number
  onChange: () => void
  payload: Payload
  timeoutMs?: number
}) => {
  // The generation the caches were filled under; undefined before the first read.
  let last: null | string | typeof unread | undefined
  let checkedAt: Date | undefined
  let reading: Promise<null | string | undefined> | undefined
  const read = async () => {
    try {
      const current = await withinTimeout(readDeliveryGeneration(payload), timeoutMs)
      if (last !== undefined && current !== last) onChange()
      last = current
      checkedAt = new Date()
      return current
    } catch (error) {
      // Unknown state: drop the caches rather than risk serving what may have been unpublished. `last` stays
      // as it was: the caches refill meanwhile under that generation, so the next read that succeeds must drop them
      // again if the generation moved while it could not be read.
      payload.logger.warn({ err: error, msg: 'Could not read the delivery generation; dropping delivery caches' })
      onChange()
      last ??= unread
      return undefined
    }
  }
  // One read at a time: the poll and notices share it rather than racing over `last`.
  const check = () => (reading ??= read().finally(() => (reading = undefined)))

  /**
   * The notice may arrive before its transaction commits (see bumpDeliveryGeneration): read until the database
   * shows each announced id, so the caches are dropped only once the new content can be read. One loop serves all
   * pending notices, so a burst of them (an import) costs one read every few milliseconds, not one loop each.
   */
  const awaited = new Map<string, number>()
  let isAwaiting = false
  const awaitGenerations = async () => {
    if (isAwaiting) return
    isAwaiting = true
    try {
      while (awaited.size > 0) {
        const current = await check()
        const now = Date.now()
        for (const [id, deadline] of awaited) if (id === current || now >= deadline) awaited.delete(id)
        if (awaited.size > 0) await sleep(noticeRetryMs)
      }
    } finally {
      isAwaiting = false
    }
  }
  const onNotice = (id: string) => {
    awaited.set(id, Date.now() + noticeWaitMs)
    void awaitGenerations()
  }

  // The poll stays at the same pace with Redis: pub/sub delivers at most once, and a notice lost while a
  // connection was down would otherwise wait for a slower poll; reading one indexed row 4 times a second costs
  // little. So Redis makes changes visible sooner, and the poll alone still keeps the 1 s bound without it.
  void check()
  const timer = setInterval(() => void check(), intervalMs)
  timer.unref()
  const notices = subscribeDeliveryNotices({ onNotice, payload })
  return {
    state: (): WatchState => ({ checkedAt, generation: typeof last === 'symbol' ? undefined : last }),
    stop: () => {
      clearInterval(timer)
      notices?.stop()
      awaited.clear()
    },
  }
}

// Polls the delivery generation and calls `onChange` when another instance (or this one) moved it.
import type { Payload } from 'payload'

import { readDeliveryGeneration } from './deliveryGeneration'

export const watchDeliveryGeneration = ({
  intervalMs = 250,
  onChange,
  payload,
}: {
  intervalMs?: number
  onChange: () => void
  payload: Payload
}) => {
  let last: null | string | undefined
  let isPolling = false
  const poll = async () => {
    if (isPolling) return
    isPolling = true
    try {
      const current = await readDeliveryGeneration(payload)
      if (last !== undefined && current !== last) onChange()
      last = current
    } catch (error) {
      // Unknown state: drop the caches rather than risk serving what may have been unpublished.
      payload.logger.warn({ err: error, msg: 'Could not read the delivery generation; dropping delivery caches' })
      onChange()
    } finally {
      isPolling = false
    }
  }
  void poll()
  const timer = setInterval(() => void poll(), intervalMs)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}

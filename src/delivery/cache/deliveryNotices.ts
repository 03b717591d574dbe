// Change notices over Redis pub/sub (REDIS_URL): when the delivery generation moves, every instance hears it at
// once instead of at its next poll. A notice is only a hint to look now; the database stays the truth.
import type { Payload } from 'payload'

import { redisCommands, redisKey, redisSubscriber } from '@/redis/redisConnections'

const channel = () => redisKey('delivery-generation')

/** Tells the other instances that the generation moved to `id`. Without Redis, or with Redis away, it does nothing. */
export const publishDeliveryNotice = ({ id, payload }: { id: string; payload: Payload }): void => {
  const client = redisCommands(payload.logger)
  // Not ready: the command would fail at once anyway (no offline queue); the poll finds the change.
  if (!client || client.status !== 'ready') return
  client.publish(channel(), id).catch((error: unknown) => {
    payload.logger.warn({ err: error, msg: 'Could not publish a delivery change notice; other instances will poll' })
  })
}

/** Calls `onNotice` with each generation id announced; `stop` ends the subscription. Undefined without Redis. */
export const subscribeDeliveryNotices = ({
  onNotice,
  payload,
}: {
  onNotice: (id: string) => void
  payload: Payload
}): undefined | { stop: () => void } => {
  const client = redisSubscriber(payload.logger)
  if (!client) return undefined
  const name = channel()
  const listener = (from: string, id: string) => {
    if (from === name) onNotice(id)
  }
  client.on('message', listener)
  client.subscribe(name).catch((error: unknown) => {
    payload.logger.error({ err: error, msg: 'Could not subscribe to delivery change notices; polling only' })
  })
  return {
    stop: () => {
      client.off('message', listener)
      if (client.status === 'ready') void client.unsubscribe(name).catch(() => undefined)
    },
  }
}

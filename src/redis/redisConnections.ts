// The process's Redis connections when REDIS_URL is set: one for commands (shared rate limits, publishing change
// notices) and one for subscriptions (a subscribed connection can send nothing else). Without REDIS_URL there are
// none, and every caller keeps its in-process behaviour.
import type { Payload } from 'payload'

import { Redis } from 'ioredis'

type Logger = Payload['logger']
type Role = 'commands' | 'subscriber'

const connections = new Map<Role, Redis>()

export const isRedisConfigured = (): boolean => Boolean(process.env.REDIS_URL)

/** Every key and channel Vetted uses starts with REDIS_KEY_PREFIX, so several deployments can share one Redis. */
export const redisKey = (name: string): string => `${process.env.REDIS_KEY_PREFIX ?? 'vetted:'}${name}`

/**
 * Logs a lost connection once (ioredis emits an error for every failed reconnection attempt) and its return.
 * Without an 'error' listener ioredis would crash the process; with it, ioredis keeps reconnecting.
 */
const reportHealth = ({ client, logger, role }: { client: Redis; logger: Logger; role: Role }) => {
  let isDown = false
  client.on('error', (error: Error) => {
    if (isDown) return
    isDown = true
    logger.error({
      err: error,
      msg: `Redis (${role}) is unreachable (${error.message}); reconnecting. Meanwhile rate limits are counted per instance and changes are found by polling the database.`,
    })
  })
  client.on('ready', () => {
    if (!isDown) return
    isDown = false
    logger.info(`Redis (${role}) is reachable again`)
  })
}

const connect = ({ logger, role }: { logger: Logger; role: Role }): Redis => {
  const isSubscriber = role === 'subscriber'
  const client = new Redis(process.env.REDIS_URL as string, {
    // Commands fail at once while Redis is away, instead of queueing: a request must never wait for Redis, and
    // both users of this connection have a fallback (the in-memory insurance limiter, the database poll). A
    // subscription may wait: ioredis sends it, and re-sends it after every reconnection.
    commandTimeout: isSubscriber ? undefined : 500,
    connectionName: `vetted-${role}`,
    enableOfflineQueue: isSubscriber,
    maxRetriesPerRequest: isSubscriber ? null : 1,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
  })
  reportHealth({ client, logger, role })
  return client
}

const connection = ({ logger, role }: { logger: Logger; role: Role }): Redis | undefined => {
  if (!isRedisConfigured()) return undefined
  let client = connections.get(role)
  if (!client) connections.set(role, (client = connect({ logger, role })))
  return client
}

export const redisCommands = (logger: Logger): Redis | undefined => connection({ logger, role: 'commands' })

export const redisSubscriber = (logger: Logger): Redis | undefined => connection({ logger, role: 'subscriber' })

/** Closes this process's connections (clean shutdown); a later call to either getter opens new ones. */
export const closeRedis = async (): Promise<void> => {
  const open = [...connections.values()]
  connections.clear()
  await Promise.all(
    open.map((client) =>
      client.status === 'ready' ? client.quit().then(undefined, () => client.disconnect()) : client.disconnect(),
    ),
  )
}

// Payload's logger (pino): JSON lines in production, for log collectors; readable, coloured lines everywhere else.
import type { Config } from 'payload'

// Despite its name, Payload's export is the pino-pretty stream its own default logger writes to.
import { defaultLoggerOptions as prettyStream } from 'payload'

export const loggerConfig = (): NonNullable<Config['logger']> => {
  const options = { level: process.env.LOG_LEVEL || 'info' }
  return process.env.NODE_ENV === 'production' ? { options } : { destination: prettyStream, options }
}

/**
 * The request context of seeds and imports. They build content in bulk, so hooks with effects outside the
 * database (clinic webhooks) stand down when it is set; hooks that keep the database consistent still run.
 * Pass it as `context` to the Local API, or to createLocalReq for a request that acts as a user. A fresh object
 * each time, because hooks write into the context of the request they run in.
 */
export const seedContext = (): { isSeeding: true } => ({ isSeeding: true })

/** True inside a seed or import. */
export const isSeeding = (context: unknown): boolean =>
  (context as { isSeeding?: unknown } | undefined)?.isSeeding === true

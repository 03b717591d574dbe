/**
 * Payload runs every multi-document write of the review workflow in a transaction, and MongoDB only has
 * transactions on a replica set. A standalone server would silently lose that guarantee, so start-up stops.
 * mongodb+srv:// URIs (Atlas) are always replica sets.
 */
export const assertMongoReplicaSet = (uri: string): void => {
  if (uri.startsWith('mongodb+srv://')) return
  const query = uri.split('?')[1] ?? ''
  // The driver reads option names case-insensitively (?replicaset=rs0 is a replica set to it), so this does too.
  const replicaSet = [...new URLSearchParams(query)].find(([name]) => name.toLowerCase() === 'replicaset')?.[1]
  if (replicaSet) return
  throw new Error(
    [
      'DATABASE_URI points at MongoDB without a replica set, and Vetted needs transactions, which only replica sets have.',
      'Fix: start MongoDB as a replica set (docker compose up does this) and add ?replicaSet=<name> to the URI,',
      'for example mongodb://mongo:27017/vetted?replicaSet=rs0, or use a mongodb+srv:// Atlas URI.',
    ].join(' '),
  )
}

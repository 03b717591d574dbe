// The shape of what a delivery row stores. Raise it whenever rendering changes what an article or summary holds (a
// field added, an address computed differently): a row of another version is stale, so /v1 renders its post live
// until the re-render job, queued at start-up, has rendered it again. Without it, rows written before an upgrade
// would be served in their old shape for as long as nothing they show changed.
import type { Where } from 'payload'

export const renderVersion = 5

/** Current rows of an older version (or of none: rows from before versions existed). */
export const outdatedRows: Where = {
  or: [{ renderVersion: { exists: false } }, { renderVersion: { not_equals: renderVersion } }],
}

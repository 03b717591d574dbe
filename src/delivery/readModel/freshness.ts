// Whether a delivery row may be served as it is: rendered after every change to what it shows, and before any
// claim it quotes reached its re-review date. One indexed query over the delivery changes for a whole page of rows.
import type { Payload } from 'payload'

import { deliveryChanges } from './deliveryRows'
import { renderVersion } from './renderVersion'

export type RowFreshness = {
  dependsOn?: null | string[]
  id: string
  renderedAt: string
  renderVersion?: null | number
  validUntil?: null | string
}

/** What a freshness check selects of a row. */
export const freshnessSelect = { dependsOn: true, renderedAt: true, renderVersion: true, validUntil: true } as const

/**
 * A summary shows only the post itself, its author, topics, hero image and the addresses the clinic's settings
 * make of them: the library never.
 */
const summaryDependencies = /^(authors|clinics|media|topics):/

export const staleRowIds = async ({
  isSummaryOnly = false,
  now,
  payload,
  rows,
}: {
  isSummaryOnly?: boolean
  now: Date
  payload: Payload
  rows: RowFreshness[]
}): Promise<Set<string>> => {
  const stale = new Set<string>()
  for (const row of rows) if (row.renderVersion !== renderVersion) stale.add(row.id)
  if (!isSummaryOnly) for (const row of rows) if (row.validUntil && new Date(row.validUntil) <= now) stale.add(row.id)
  const dependenciesOf = (row: RowFreshness) =>
    (row.dependsOn ?? []).filter((dependency) => !isSummaryOnly || summaryDependencies.test(dependency))
  const dependencies = [...new Set(rows.flatMap(dependenciesOf))]
  if (!rows.length || !dependencies.length) return stale
  const oldest = rows.map((row) => row.renderedAt).sort()[0]
  const { docs: changes } = await payload.find({
    collection: deliveryChanges,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { changedAt: true, dependency: true },
    where: { and: [{ dependency: { in: dependencies } }, { changedAt: { greater_than: oldest } }] },
  })
  if (!changes.length) return stale
  const latest = new Map<string, number>()
  for (const change of changes) {
    const at = new Date(change.changedAt).getTime()
    if ((latest.get(change.dependency) ?? 0) < at) latest.set(change.dependency, at)
  }
  for (const row of rows) {
    const renderedAt = new Date(row.renderedAt).getTime()
    if (dependenciesOf(row).some((dependency) => (latest.get(dependency) ?? 0) > renderedAt)) stale.add(row.id)
  }
  return stale
}

// The re-render job's work: for each delivery change not yet worked off, most urgent first, re-renders the
// current rows depending on it in batches, then the rows rendered in an older shape (renderVersion), logging
// progress, until a run's budget is spent (then it queues a successor). Rows stay correct meanwhile (/v1 renders
// stale rows live), so the budget only bounds one run.
import type { Payload, PayloadRequest, Where } from 'payload'

import type { Clinic, DeliveryChange, DeliveryDocument } from '@/payload-types'

import { bumpDeliveryGeneration } from '@/delivery/cache/deliveryGeneration'

import { clinicForRendering, deliveryChanges, deliveryDocuments, renderPostRow } from './deliveryRows'
import { outdatedRows } from './renderVersion'

export const renderDeliveryRowsTask = 'renderDeliveryRows'

const batchSize = 50
/** Rows one run renders at most (~26 ms each): about a minute of work, then a fresh job carries on. */
const rowsPerRun = 2_000

const pendingChanges = async (req: PayloadRequest, startedAt: string) =>
  (
    await req.payload.find({
      collection: deliveryChanges,
      depth: 0,
      limit: 100,
      overrideAccess: true,
      pagination: false,
      req,
      sort: ['urgency', 'changedAt'],
      where: { and: [{ renderedAt: { exists: false } }, { changedAt: { less_than_equal: startedAt } }] },
    })
  ).docs as DeliveryChange[]

type RowToRender = Pick<DeliveryDocument, 'clinic' | 'id' | 'post'>

/** The next batch of current rows meeting `conditions`, newest first. */
const currentRowBatch = async (req: PayloadRequest, ...conditions: Where[]) =>
  (
    await req.payload.find({
      collection: deliveryDocuments,
      depth: 0,
      limit: batchSize,
      overrideAccess: true,
      pagination: false,
      req,
      select: { clinic: true, post: true },
      sort: '-publishedAt',
      where: { and: [{ supersededAt: { exists: false } }, ...conditions] },
    })
  ).docs as RowToRender[]

/** Current rows depending on the change and rendered before this run began: the ones the change may have staled. */
const rowsToRender = (req: PayloadRequest, change: DeliveryChange, startedAt: string) =>
  currentRowBatch(req, { dependsOn: { equals: change.dependency } }, { renderedAt: { less_than: startedAt } })

/** Current rows of an older shape, but those this run could not render (their clinic is gone). */
const outdatedToRender = (req: PayloadRequest, skipped: Set<string>) =>
  currentRowBatch(req, outdatedRows, ...(skipped.size ? [{ id: { not_in: [...skipped] } }] : []))

/** At start-up: queues the re-render job when rows of an older shape are current (after an upgrade). */
export const queueOutdatedRowRenders = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({
    collection: deliveryDocuments,
    overrideAccess: true,
    where: { and: [{ supersededAt: { exists: false } }, outdatedRows] },
  })
  if (!totalDocs) return
  payload.logger.info({ rows: totalDocs }, 'Delivery rows of an older shape: queueing their re-render')
  await payload.jobs.queue({ input: {}, overrideAccess: true, task: renderDeliveryRowsTask })
}

export const renderChangedRows = async ({ req }: { req: PayloadRequest }): Promise<{ rendered: number }> => {
  const startedAt = new Date().toISOString()
  const clinics = new Map<string, Clinic | null>()
  let rendered = 0
  const renderRow = async (row: RowToRender) => {
    if (!clinics.has(row.clinic)) clinics.set(row.clinic, await clinicForRendering(req.payload, row.clinic, req))
    const clinic = clinics.get(row.clinic)
    if (clinic) await renderPostRow({ clinic, postId: row.post, req })
    rendered += 1
    return Boolean(clinic)
  }
  /** After each batch: tells the instances, and hands the rest to a successor once the budget is spent. */
  const afterBatch = async (progress: Record<string, unknown>) => {
    await bumpDeliveryGeneration(req)
    req.payload.logger.info({ ...progress, rendered }, 'Delivery rows re-rendered')
    if (rendered < rowsPerRun) return false
    await req.payload.jobs.queue({ input: {}, overrideAccess: true, req, task: renderDeliveryRowsTask })
    return true
  }
  for (const change of await pendingChanges(req, startedAt)) {
    for (
      let rows = await rowsToRender(req, change, startedAt);
      rows.length;
      rows = await rowsToRender(req, change, startedAt)
    ) {
      for (const row of rows) await renderRow(row)
      if (await afterBatch({ dependency: change.dependency })) return { rendered }
    }
    await req.payload.update({
      collection: deliveryChanges,
      data: { renderedAt: new Date().toISOString() },
      depth: 0,
      id: change.id,
      overrideAccess: true,
      req,
    })
  }
  const skipped = new Set<string>()
  for (let rows = await outdatedToRender(req, skipped); rows.length; rows = await outdatedToRender(req, skipped)) {
    for (const row of rows) if (!(await renderRow(row))) skipped.add(row.id)
    if (await afterBatch({ renderVersion: 'outdated' })) return { rendered }
  }
  return { rendered }
}

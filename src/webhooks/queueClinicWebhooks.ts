import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import type { WebhookEvent } from './webhookEvent'

/**
 * Tells a clinic's website about an event: one delivery record and one queued job per webhook URL, written with
 * `req` so they commit or roll back with the change that caused them. The body is fixed here, with one event id
 * for every URL and every retry, so receivers can discard what they have already seen. Seeds and imports send
 * nothing.
 */
export const queueClinicWebhooks = async ({
  clinic: clinicId,
  event,
  req,
}: {
  clinic: string
  event: WebhookEvent
  req: PayloadRequest
}): Promise<void> => {
  if (req.context.isSeeding) return
  // The webhook settings are admin-only fields; the system reads them whoever caused the event.
  const clinic = await req.payload.findByID({
    collection: 'clinics',
    depth: 0,
    disableErrors: true,
    id: clinicId,
    overrideAccess: true,
    req,
    select: { slug: true, webhooks: { urls: true } },
  })
  const urls = clinic?.webhooks?.urls ?? []
  if (!clinic || urls.length === 0) return
  const eventId = `msg_${randomUUID().replaceAll('-', '')}`
  const { type, ...details } = event
  const body = JSON.stringify({ type, clinic: clinic.slug, ...details, occurredAt: new Date().toISOString() })
  for (const url of urls) {
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: { body, clinic: clinicId, eventId, eventType: type, status: 'pending', url },
      depth: 0,
      // No API may write deliveries; only the system records what it sends.
      overrideAccess: true,
      req,
    })
    // Queued by the system, not by the user who published: jobs.access.queue is for people scheduling publishes.
    await req.payload.jobs.queue({
      input: { delivery: String(delivery.id) },
      overrideAccess: true,
      req,
      task: 'deliverWebhook',
    })
  }
}

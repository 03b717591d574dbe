import type { TaskConfig } from 'payload'

import { idOf } from '@/utilities/idOf'

import type { DeliveryStatus } from '../../collections/WebhookDeliveries/options'

import { postWebhook } from './postWebhook'

/** Failed attempts are retried 6 times, 1, 2, 4, 8, 16 and 32 minutes apart (the jobs cron runs every minute). */
const retries = { attempts: 6, backoff: { delay: 60_000, type: 'exponential' as const } }

/**
 * Sends one webhook delivery (see queueClinicWebhooks) and records the attempt on it. A failed attempt (a non-2xx
 * answer, a network error, a timeout, an address now refused) throws, so Payload's queue retries it with backoff.
 * The signing secret is read from the clinic at send time, so it never sits in a job or a delivery.
 */
export const deliverWebhook: TaskConfig<'deliverWebhook'> = {
  slug: 'deliverWebhook',
  label: 'Deliver a clinic webhook',
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries,
  handler: async ({ input, req }) => {
    // The queue runs as the system: deliveries and the clinic's webhook settings are closed to every API.
    const asSystem = { depth: 0, overrideAccess: true, req } as const
    const delivery = await req.payload.findByID({
      collection: 'webhook-deliveries',
      disableErrors: true,
      id: input.delivery,
      ...asSystem,
    })
    if (!delivery) return { output: { status: 'missing' } }
    const clinic = delivery.clinic
      ? await req.payload.findByID({
          collection: 'clinics',
          disableErrors: true,
          id: idOf(delivery.clinic),
          select: { webhooks: { secret: true, urls: true } },
          ...asSystem,
        })
      : null
    const record = (data: { attempts?: typeof delivery.attempts; deliveredAt?: string; status: DeliveryStatus }) =>
      req.payload.update({ collection: 'webhook-deliveries', data, id: delivery.id, ...asSystem })

    if (!clinic?.webhooks?.urls?.includes(delivery.url) || !clinic.webhooks.secret) {
      await record({ status: 'cancelled' })
      return { output: { status: 'cancelled' } }
    }
    const attemptedAt = new Date().toISOString()
    const attempt = await postWebhook({
      body: delivery.body,
      id: delivery.eventId,
      secret: clinic.webhooks.secret,
      url: delivery.url,
    })
    const attempts = [
      ...(delivery.attempts ?? []),
      { attemptedAt, durationMs: attempt.durationMs, error: attempt.error, statusCode: attempt.statusCode },
    ]
    if (attempt.isDelivered) {
      await record({ attempts, deliveredAt: new Date().toISOString(), status: 'delivered' })
      return { output: { status: 'delivered' } }
    }
    await record({ attempts, status: attempts.length > retries.attempts ? 'failed' : 'retrying' })
    throw new Error(`Webhook ${delivery.eventId} to ${delivery.url}: ${attempt.error}`)
  },
}

import type { TaskConfig } from 'payload'

import { renderChangedRows, renderDeliveryRowsTask } from '@/delivery/readModel/deliveryJob'

/**
 * Queued by every change to something live posts show (src/plugins/deliveryReadModel): re-renders the delivery
 * rows that change made stale, most urgent first, in batches with progress in the log.
 */
export const renderDeliveryRows: TaskConfig<'renderDeliveryRows'> = {
  slug: renderDeliveryRowsTask as 'renderDeliveryRows',
  label: 'Re-render the delivery documents of posts whose references, claims, authors or clinic changed',
  // One run at a time across instances (each works off every pending change), and a run queued while another
  // waits replaces it: two runs would only render the same rows twice.
  concurrency: { exclusive: true, key: () => renderDeliveryRowsTask, supersedes: true },
  outputSchema: [{ name: 'rendered', type: 'number' }],
  handler: async ({ req }) => ({ output: await renderChangedRows({ req }) }),
}

export const deliveryStatuses = [
  { label: 'Waiting to be sent', value: 'pending' },
  { label: 'Failed, will be retried', value: 'retrying' },
  { label: 'Delivered', value: 'delivered' },
  { label: 'Failed, no retries left', value: 'failed' },
  { label: 'Cancelled: the URL was removed', value: 'cancelled' },
] as const

export type DeliveryStatus = (typeof deliveryStatuses)[number]['value']

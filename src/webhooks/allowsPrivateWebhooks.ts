/** ALLOW_PRIVATE_WEBHOOKS=true lets webhooks reach private and loopback hosts: for development and tests only. */
export const allowsPrivateWebhooks = (): boolean => process.env.ALLOW_PRIVATE_WEBHOOKS === 'true'

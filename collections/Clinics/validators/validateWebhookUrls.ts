import type { TextFieldManyValidation } from 'payload'

import { webhookUrlProblem } from '@/webhooks/webhookUrlProblem'

/** Every webhook URL must be an http(s) address of a public host (see webhookUrlProblem). */
export const validateWebhookUrls: TextFieldManyValidation = (values) => {
  for (const value of values ?? []) {
    const problem = webhookUrlProblem(value)
    if (problem) return problem
  }
  return true
}

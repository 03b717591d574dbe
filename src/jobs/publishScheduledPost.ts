import type { TaskConfig } from 'payload'

import { runScheduledPublish } from '@/workflow/runScheduledPublish'
import { scheduledPublishTask } from '@/workflow/scheduleActions'

/**
 * Queued by the workflow's schedule action to wait until the post's moment (src/workflow/scheduleActions.ts), then
 * publishes it as the person who scheduled it, or raises a review alert saying why it could not (runScheduledPublish).
 */
export const publishScheduledPost: TaskConfig<'publishScheduledPost'> = {
  slug: scheduledPublishTask as 'publishScheduledPost',
  label: 'Publish a post at the moment it was scheduled for, through the review workflow',
  inputSchema: [
    { name: 'post', type: 'text', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  // A refused publish ends in an alert, not a retry: the gate would refuse it again. Only a crash fails the job,
  // and it is not retried either.
  retries: 0,
  handler: async ({ input, req }) => ({ output: await runScheduledPublish({ at: input.at, id: input.post, req }) }),
}

// What a clinic website is told, and in what shape. The body is documented in README.md ("Webhooks").
import type { LivePost } from '@/workflow/liveTransition'

export type RetractedReference = { doi: null | string; id: string; title: string }

export type WebhookEvent =
  | { post: LivePost; type: 'post.published' | 'post.unpublished' }
  | { posts: LivePost[]; reference: RetractedReference; type: 'reference.retracted' }

export type WebhookEventType = WebhookEvent['type']

import type { PayloadRequest } from 'payload'

import type { Post, Reference } from '@/payload-types'
import type { LivePost } from '@/workflow/liveTransition'

import { idOf } from '@/utilities/idOf'

import { queueClinicWebhooks } from './queueClinicWebhooks'

/** Tells each clinic with a published post citing a retracted reference which of its posts are affected. */
export const queueRetractionWebhooks = async ({
  posts,
  reference,
  req,
}: {
  posts: Post[]
  reference: Reference
  req: PayloadRequest
}): Promise<void> => {
  const byClinic = new Map<string, LivePost[]>()
  for (const post of posts) {
    if (!post.clinic) continue
    const clinic = idOf(post.clinic)
    byClinic.set(clinic, [
      ...(byClinic.get(clinic) ?? []),
      { id: String(post.id), slug: post.slug ?? '', title: post.title },
    ])
  }
  const retracted = { doi: reference.doi ?? null, id: String(reference.id), title: reference.title }
  for (const [clinic, affected] of byClinic) {
    await queueClinicWebhooks({
      clinic,
      event: { posts: affected, reference: retracted, type: 'reference.retracted' },
      req,
    })
  }
}
